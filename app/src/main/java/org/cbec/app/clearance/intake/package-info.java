/**
 * What intake offers the modules whose messages it takes (clearance's own import documents, and export): a
 * {@link org.cbec.app.clearance.intake.DocumentHandler} per message type, the declared record each message is read
 * into, and what a handler is given while it takes one.
 */
@org.springframework.modulith.NamedInterface("intake")
package org.cbec.app.clearance.intake;
