package org.cbec.app.customs.domain;

/** What a customs officer may do: review inventories, record inspections, change the risk rules. */
public enum OfficerRole { REVIEWER, INSPECTOR, RISK_ADMIN }
