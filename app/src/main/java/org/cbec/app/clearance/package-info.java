/**
 * Clearance: the customs clearance service platform. Intake of CEB messages (HTTP, DXP envelopes), each message
 * stored with its outcome, per-record processing with the authorization rules ({@code SenderRule},
 * {@code DeclaringParty}), the three-document comparison (import and, for now, export), the official receipts
 * pulled by cursor or pushed by webhook, and the sweeper that decides complete sets left behind.
 *
 * <p>Owns: the tables of {@code db/migration/clearance}. Offers: {@code CustomsGate} (implemented by customs:
 * clearance hands it each consistent inventory), {@code InventoryDesk} (officers move inventories on through it),
 * {@code Mailbox} (customs' CEB816/818 to enterprises). Publishes: {@link org.cbec.app.clearance.InventoryCancelled},
 * {@link org.cbec.app.clearance.GoodsReturned}, {@link org.cbec.app.clearance.ReturnedGoodsArrived}. Listens to
 * nothing. The gate, desk and mailbox are calls back and forth inside one transaction; the redesign (issue 10)
 * replaces them with events through the JDBC event publication registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clearance")
package org.cbec.app.clearance;
