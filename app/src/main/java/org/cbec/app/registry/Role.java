package org.cbec.app.registry;

/** The roles an enterprise can be filed for. */
public enum Role {
    /** E-commerce platform (ebpCode). */
    EBP,
    /** E-commerce enterprise (ebcCode). */
    EBC,
    /** Payment company (payCode). */
    PAY,
    /** Logistics company (logisticsCode). */
    LOGISTICS,
    /** Declaring agent, customs broker (agentCode). */
    AGENT,
    /** Guarantor (assureCode). */
    ASSURE,
    /** Operator of a supervised site. */
    SITE
}
