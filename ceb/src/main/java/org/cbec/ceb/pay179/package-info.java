/** Payment raw data of announcement 2018 No.179: the JSON {@code payExInfoStr}, its sign string and signature. */
package org.cbec.ceb.pay179;
