/**
 * Exchange: the cross-border e-commerce public service platform a local government runs (issue 12): one filing
 * reviewed by each department, notices, results back to enterprises and the risk list, statistics, FX's figures
 * and gaps, each enterprise's credit, webhooks for datasets and inboxes.
 * Departments (market regulation, tax, foreign exchange, commerce, customs) filed by the operator with tokens of
 * their own; datasets kept from the events of clearance, customs and export as they come (never by reading their
 * tables); sharing policies as data (fields granted, masking, purpose, validity; every change audited); datasets
 * pulled by cursor under a policy, every read logged, and an enterprise reads who read its data.
 *
 * <p>Owns: the tables of {@code db/migration/exchange}. Listens to clearance's
 * {@link org.cbec.app.clearance.InventoryCompared}, {@link org.cbec.app.clearance.ComparisonRefused},
 * {@link org.cbec.app.clearance.GoodsReturned} and {@link org.cbec.app.clearance.TaxBillIssued}, customs'
 * {@link org.cbec.app.clearance.CustomsDecided} and {@link org.cbec.app.customs.TaxPaymentChanged}, export's
 * {@link org.cbec.app.export.ExportInventoryCompared}, {@link org.cbec.app.export.ExportDecided} and
 * {@link org.cbec.app.export.ExportSummarised}, and the
 * registry's {@code DemoEnterprisesFiled}. Publishes the
 * registry's {@link org.cbec.app.registry.EnterpriseApproved} (customs approved a filing) and customs'
 * {@link org.cbec.app.customs.EnterpriseFlagged} (a department put an enterprise on the risk list).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package org.cbec.app.exchange;
