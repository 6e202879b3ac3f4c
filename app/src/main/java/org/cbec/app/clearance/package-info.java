/**
 * Clearance: the customs clearance service platform's intake of CEB messages (HTTP, DXP envelopes), the raw
 * message store, per-record processing and the official receipts, pulled by cursor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clearance")
package org.cbec.app.clearance;
