package org.cbec.app.onestop.domain;

/**
 * The accounts of the platform's ledger, each kept per owner (the platform, or a seller) and per currency. Debits are
 * positive, credits negative: an asset (the bank) has a positive balance, what the platform owes a seller a negative
 * one.
 */
public enum LedgerAccount {
    /** The platform's bank account in a currency: money it holds. */
    BANK(true),
    /** Money received that no order is matched to yet: held for a person to match. */
    SUSPENSE(true),
    /** The platform's position in a conversion: one currency in, the other out. */
    FX_CLEARING(true),
    /** The platform's income from its fees. */
    FEE_INCOME(true),
    /** The platform's income from interest. */
    INTEREST_INCOME(true),
    /** Refunds the tax office approved and has not paid yet. */
    TAX_RECEIVABLE(true),
    /** A seller's proceeds received in a foreign currency, not yet converted. */
    PROCEEDS(false),
    /** What the platform owes a seller in CNY. */
    BALANCE(false),
    /** Refunds approved for a seller, not yet paid by the tax office. */
    REFUND_DUE(false),
    /** What a seller owes on its loans. */
    LOAN(false),
    /** Interest a seller owes. */
    INTEREST_DUE(false);

    private final boolean platforms;

    LedgerAccount(boolean platforms) {
        this.platforms = platforms;
    }

    /** Whether the account is the platform's (else a seller's). */
    public boolean platforms() {
        return platforms;
    }
}
