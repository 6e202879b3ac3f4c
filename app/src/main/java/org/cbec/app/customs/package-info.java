/**
 * Customs: the decisions customs takes on a compared import inventory (limits, the buyer's annual quota, tax) and
 * the ledgers behind them. Clearance hands it each consistent inventory through {@code CustomsGate}; it undoes
 * quota and tax when clearance publishes a cancellation or a return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customs")
package org.cbec.app.customs;
