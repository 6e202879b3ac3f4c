/**
 * Clearance: the customs clearance service platform's intake and import side. Intake of CEB messages (HTTP, DXP
 * envelopes), each message stored verbatim with its outcome and dispatched by its type to one
 * {@link org.cbec.app.clearance.intake.DocumentHandler}; the import parcel's four documents and the three-document
 * comparison; the import inventory's lifecycle ({@code domain.ImportInventory}); the official receipts, pulled by
 * cursor or pushed by webhook; the sweeper that decides complete sets left behind.
 *
 * <p>Owns: the tables of {@code db/migration/clearance}. Offers: the {@code intake} interface (a handler per
 * message type, the receipts a handler writes, the sweeper's sources), the {@code domain} interface (the CEB rules
 * import and export share: appType and declaring-party rules, the comparison, receipt codes, inventory states and
 * transitions), {@link org.cbec.app.clearance.InventoryLookup} (officers' view of an inventory by invtNo),
 * {@link org.cbec.app.clearance.ParcelSearch} (an enterprise's parcels by any number, its refusals by reason) and
 * {@link org.cbec.app.clearance.ClearanceFigures} (the dashboard's and the health page's figures).
 * Publishes: {@link org.cbec.app.clearance.InventoryCompared} and {@link org.cbec.app.clearance.ComparisonRefused}
 * (in batches per transaction),
 * {@link org.cbec.app.clearance.InventoryCancelled}, {@link org.cbec.app.clearance.GoodsReturned},
 * {@link org.cbec.app.clearance.ReturnedGoodsArrived}. Listens to (defines, for customs to publish):
 * {@link org.cbec.app.clearance.CustomsDecided} and {@link org.cbec.app.clearance.TaxBillIssued}. Depends on the
 * registry (who sends, with which roles and certificates).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clearance")
package org.cbec.app.clearance;
