package org.cbec.app;

import org.junit.jupiter.api.BeforeEach;

/**
 * Tests of the comprehensive service platform's money: the platform linked, a carrier of the test's own and a bank
 * the platform collects at, filed before each test.
 */
abstract class OnestopMoneyTest extends OnestopTest {

    protected OnestopDeclarations onestop;
    protected OnestopDeclarations.Carrier carrier;
    /** The bank's token. */
    protected String bank;
    /** The platform's account at the bank. */
    protected String account;

    @BeforeEach
    void linkedWithABank() {
        onestop = new OnestopDeclarations(api(), port);
        onestop.link();
        carrier = onestop.carrier();
        OnestopDeclarations.Bank filed = onestop.bank('B');
        bank = filed.token();
        account = filed.account();
    }
}
