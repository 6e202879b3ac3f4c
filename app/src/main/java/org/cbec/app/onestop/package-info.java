/**
 * Onestop: the comprehensive foreign-trade service platform (综服平台, issue 13) a trade-service company runs for
 * small exporters: sellers and their users, pre-review of products, export orders (JSON or CSV), carriers and
 * bookings, the agency declaration of each order to the clearance platform and its receipts, monthly summaries. A
 * company of its own: it reaches the clearance platform only over its public HTTP API, as any enterprise does; it
 * reads no other module's tables and calls no other module's classes.
 *
 * <p>Owns: the tables of {@code db/migration/onestop}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onestop")
package org.cbec.app.onestop;
