/**
 * Export: the export side of the clearance platform (CEB-SPEC.md §4.2). The order CEB303, the receipt of payment
 * CEB403, the waybill CEB505 and the inventory CEB603 and their comparison; the export inventory's lifecycle
 * ({@code domain.ExportInventory}: 120, 399 or 300, 800 on arrival CEB507, 899 on departure CEB509); cancellation
 * CEB605, master bills CEB607, returns CEB213/215 and monthly summary declarations CEB701 → CEB792.
 *
 * <p>Owns: the tables of {@code db/migration/export} (its first three migrations are numbered V2_ because export
 * began inside clearance; its own are V4_). Registers its message types with clearance's intake (one
 * {@link org.cbec.app.clearance.intake.DocumentHandler} each) and answers with clearance's receipts. Publishes
 * {@link org.cbec.app.export.ExportInventoryCompared} (with its receipt of payment),
 * {@link org.cbec.app.export.ExportSummarised} (summary declarations) and clearance's
 * {@link org.cbec.app.clearance.ComparisonRefused} for a refused one; listens to
 * {@link org.cbec.app.export.ExportDecided}, which customs publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
package org.cbec.app.export;
