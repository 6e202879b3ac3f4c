/**
 * Onestop: the comprehensive foreign-trade service platform (综服平台, issue 13, begun) a trade-service company runs
 * for small exporters: sellers sign up and are reviewed, file their products and invoicing factories for
 * pre-review against the export tariff, and send export orders (JSON or CSV). A company of its own: it will reach
 * the clearance platform only over its public HTTP API, as any enterprise does; it reads no other module's tables
 * and calls no other module's classes.
 *
 * <p>Owns: the tables of {@code db/migration/onestop}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onestop")
package org.cbec.app.onestop;
