package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cbec.bench.sim.ExportParcelFactory;
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

    /**
     * A 9710 order of 100 at USD 2.50 and USD 30.00 freight (280.00), booked with the test's carrier, its receipt of
     * payment recorded, reviewed, arrived and released: its number.
     */
    protected String released(String seller, long product) {
        String orderNo = "M" + OnestopDeclarations.code('2');
        api().postJson("/api/v1/onestop/orders", seller, OnestopDeclarations.order(orderNo, "9710", "B", product,
                "100", "2.50", "30.00"));
        String logisticsNo = api().postJson("/api/v1/onestop/orders/" + orderNo + "/booking", seller, Map.of(
                "carrierId", carrier.id(), "grossWeightKg", 12)).json().get("logisticsNo").asString();
        api().putJson("/api/v1/onestop/orders/" + orderNo + "/payment", seller, Map.of("payName", "Acme Bank",
                "charge", 280.00));
        onestop.awaitTimeline(seller, orderNo, t -> OnestopDeclarations.has(t, "INVENTORY", "399"));
        assertThat(api().postXml("/api/v1/messages", carrier.token(), carrier.messages().write(carrier.messages()
                .arrivalMessage(List.of(new ExportParcelFactory.Parcel(logisticsNo.substring(3),
                        ExportParcelFactory.Fault.NONE))))).status()).isEqualTo(202);
        onestop.awaitTimeline(seller, orderNo, t -> "RELEASED".equals(t.get("status").asString()));
        return orderNo;
    }

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
