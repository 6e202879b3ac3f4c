/** The DXP transport envelope of China E-Port's data exchange platform (CEB-SPEC.md §5). */
package org.cbec.ceb.dxp;
