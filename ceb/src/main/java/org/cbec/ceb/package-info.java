/**
 * The CEB wire format of China Customs' cross-border e-commerce unified system: read ({@link org.cbec.ceb.CebReader}),
 * write ({@link org.cbec.ceb.CebWriter}) and name ({@link org.cbec.ceb.MessageType}) every message of the 202205
 * specification. Plain Java: no Spring, no database.
 */
package org.cbec.ceb;
