/**
 * Enveloped XML signatures of CEB messages (CEB-SPEC.md §6) with Apache Santuario and BouncyCastle: RSA-SHA1 and
 * SM2 with SM3, keys from PKCS#12 or PEM.
 */
package org.cbec.ceb.sign;
