/**
 * Customs: the decisions customs takes on a compared inventory (limits, tax by line, the buyer's annual quota, the
 * guarantor's guarantee and whom it backs, bonded stock, risk rules), officers' review decisions, tax bills and
 * payment forms, bonded account books.
 *
 * <p>Owns: the tables of {@code db/migration/customs}. Implements clearance's {@code CustomsGate}; uses its
 * {@code InventoryDesk} and {@code Mailbox}. Listens to {@code InventoryCancelled}, {@code GoodsReturned},
 * {@code ReturnedGoodsArrived} (quota, tax, guarantee and stock given back) and the registry's
 * {@code DemoEnterprisesFiled}. Publishes nothing yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customs")
package org.cbec.app.customs;
