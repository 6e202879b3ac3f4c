/**
 * The rules of CEB documents that import and export clearance share: the records' keys and appType rules
 * ({@code DocumentChange}, {@code DeclaringParty}), the comparison and its mismatches, the receipt codes, and the
 * inventory's states and transitions. Plain Java; exposed to the export module.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.cbec.app.clearance.domain;
