/**
 * Customs: the back office. Its decision on each compared inventory (limits, tax by line, the buyer's annual
 * quota, the guarantor's guarantee and whom it backs, bonded stock, risk rules), officers' review decisions, tax
 * bills and payment forms, bonded account books.
 *
 * <p>Owns: the tables of {@code db/migration/customs}. Listens to clearance's
 * {@link org.cbec.app.clearance.InventoryCompared} and export's {@link org.cbec.app.export.ExportInventoryCompared},
 * each in a transaction of its own after the publisher's has committed, and to {@code InventoryCancelled},
 * {@code GoodsReturned}, {@code ReturnedGoodsArrived} (quota, tax, guarantee and stock given back) and the
 * registry's {@code DemoEnterprisesFiled}, and to (defines, for the public service platform to publish)
 * {@link org.cbec.app.customs.EnterpriseFlagged}: a department's enterprise for the BLOCKED_ENTERPRISE rule.
 * Publishes {@link org.cbec.app.clearance.CustomsDecided}, {@link org.cbec.app.export.ExportDecided},
 * {@link org.cbec.app.clearance.TaxBillIssued} and {@link org.cbec.app.customs.TaxPaymentChanged} (a payment form
 * issued or paid). Never calls
 * clearance or export; its pages read an inventory through {@link org.cbec.app.clearance.InventoryLookup}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customs")
package org.cbec.app.customs;
