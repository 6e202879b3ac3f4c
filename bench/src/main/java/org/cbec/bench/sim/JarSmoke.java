package org.cbec.bench.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cbec.ceb.dxp.DxpEnvelope;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import tools.jackson.databind.JsonNode;

/**
 * Checks a running platform the way a user meets it (CI runs it against the packaged jar): a clean parcel sent as
 * a plain order, a DxpMsg-wrapped payment, a double-wrapped (DxpMsgSv) waybill and a signed inventory reaches 800;
 * a schema-invalid message is answered 400 with a CEB900 of -0002 naming the element path. Exits 1 on any failure.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.cbec.bench.sim.JarSmoke --url http://127.0.0.1:8080
 *     --admin-token T</pre>
 */
public final class JarSmoke {

    private final List<String> failures = new ArrayList<>();
    private int checks;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        PlatformClient platform = new PlatformClient(options.getOrDefault("url", "http://127.0.0.1:8080"),
                options.getOrDefault("admin-token", System.getenv("CBEC_ADMIN_TOKEN")));
        JarSmoke smoke = new JarSmoke();
        if (!platform.awaitHealthy(java.time.Duration.ofSeconds(Long.parseLong(options.getOrDefault("wait-seconds",
                "120"))))) {
            System.err.println("FAILED: the platform did not answer /actuator/health with 200");
            System.exit(1);
        }
        smoke.run(platform);
        if (!smoke.failures.isEmpty()) {
            smoke.failures.forEach(f -> System.err.println("FAILED: " + f));
            System.exit(1);
        }
        System.out.println("smoke check of the running platform: all " + smoke.checks + " checks hold");
    }

    private void check(boolean holds, String what) {
        checks++;
        if (!holds) {
            failures.add(what);
        }
    }

    private void run(PlatformClient platform) throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        KeyMaterial agentKey = SelfSignedKeys.sm2("smoke declarant");
        PlatformClient.Filed filed = platform.fileParcelEnterprises(new java.util.Random(), 'M', agentKey);
        ParcelFactory.Codes codes = filed.codes();
        String platformToken = filed.tokens().get("platform");
        String payerToken = filed.tokens().get("payer");
        String carrierToken = filed.tokens().get("carrier");
        String agentToken = filed.tokens().get("agent");

        ParcelFactory factory = new ParcelFactory(codes, agentKey);
        List<ParcelFactory.Parcel> parcel = List.of(new ParcelFactory.Parcel("SMOKE" + run, ParcelFactory.Fault.NONE));
        DxpEnvelope dxp = new DxpEnvelope();
        byte[] wrappedPayment = dxp.wrap(factory.payments(parcel), "DXPENT0000000001", List.of(), null, null);
        byte[] doubleWrappedWaybill = dxp.wrapForTransport(dxp.wrap(factory.waybills(parcel), "DXPENT0000000001",
                List.of(), null, null), "DXPNODE1" + run, "DXPNODE1", "DXPNODE2");

        accepted(platform.send(platformToken, factory.orders(parcel)), "CEB311Message", "plain order");
        accepted(platform.send(payerToken, wrappedPayment), "CEB411Message", "DxpMsg-wrapped payment");
        accepted(platform.send(carrierToken, doubleWrappedWaybill), "CEB511Message", "DxpMsgSv-wrapped waybill");
        accepted(platform.send(agentToken, factory.inventories(parcel)), "CEB621Message", "signed inventory");
        check(released(platform, agentToken, parcel.get(0).copNo()),
                "the clean parcel " + parcel.get(0).copNo() + " reaches 800 within 60 s");

        // a signed inventory changed after signing: the signature check without a DOM does not confirm it, and the
        // DOM verifier refuses the record and says why
        ParcelFactory.Parcel changed = new ParcelFactory.Parcel("SMOKESIG" + run, ParcelFactory.Fault.NONE);
        String signed = new String(factory.inventories(List.of(changed)), StandardCharsets.UTF_8);
        int guid = signed.indexOf(" guid=\"") + 7;
        String tampered = signed.substring(0, guid) + (signed.charAt(guid) == 'A' ? 'B' : 'A')
                + signed.substring(guid + 1);
        accepted(platform.send(agentToken, tampered.getBytes(StandardCharsets.UTF_8)), "CEB621Message",
                "an inventory changed after it was signed");
        JsonNode refusedInventory = receipt(platform, agentToken, changed.copNo(), null);
        check(refusedInventory != null && refusedInventory.get("returnInfo").asString().contains("验签失败")
                        && refusedInventory.get("returnInfo").asString().contains("DigestValue does not match"),
                "its record is refused: the signature does not hold, DigestValue named (was " + refusedInventory + ")");

        String invalid = new String(factory.orders(List.of(new ParcelFactory.Parcel("SMOKEBAD" + run,
                ParcelFactory.Fault.NONE))), StandardCharsets.UTF_8)
                .replaceFirst("<ceb:orderNo>[^<]*</ceb:orderNo>", "<ceb:orderNo>" + "9".repeat(61) + "</ceb:orderNo>");
        PlatformClient.Reply refused = platform.send(platformToken, invalid.getBytes(StandardCharsets.UTF_8));
        check(refused.statusCode() == 400, "a schema-invalid order is answered 400 (was " + refused.statusCode()
                + ": " + abbreviate(refused.body()) + ")");
        check(refused.body().contains("-0002")
                        && refused.body().contains("/CEB311Message/Order[1]/OrderHead[1]/orderNo[1]"),
                "its CEB900 says -0002 and names /CEB311Message/Order[1]/OrderHead[1]/orderNo[1] (was "
                        + abbreviate(refused.body()) + ")");
        // outside the plain subset the fast reader takes: the general parser reads it, and answers alike
        String cdata = new String(factory.orders(List.of(new ParcelFactory.Parcel("SMOKECD" + run,
                ParcelFactory.Fault.NONE))), StandardCharsets.UTF_8)
                .replaceFirst("<ceb:orderNo>([^<]*)</ceb:orderNo>", "<ceb:orderNo><![CDATA[$1]]></ceb:orderNo>");
        accepted(platform.send(platformToken, cdata.getBytes(StandardCharsets.UTF_8)), "CEB311Message",
                "an order with a CDATA section");
        byte[] order = factory.orders(List.of(new ParcelFactory.Parcel("SMOKECUT" + run, ParcelFactory.Fault.NONE)));
        PlatformClient.Reply illFormed = platform.send(platformToken, java.util.Arrays.copyOf(order,
                order.length - 20));
        check(illFormed.statusCode() == 400, "a message cut short is answered 400 (was " + illFormed.statusCode()
                + ": " + abbreviate(illFormed.body()) + ")");
        // the public service platform: the released parcel in FX's dataset, its gaps and the seller's credit
        String fx = platform.fileDepartment("FX");
        PlatformClient.Reply payments = platform.get("/api/v1/exchange/datasets/fx-payments?limit=1000", fx);
        check(payments.statusCode() == 200 && payments.body().contains(codes.platform()), "FX reads the released "
                + "parcel's payment in fx-payments (was " + payments.statusCode() + ": " + abbreviate(payments.body())
                + ")");
        PlatformClient.Reply gaps = platform.get("/api/v1/exchange/fx/gaps?month="
                + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")), fx);
        PlatformClient.Reply credit = platform.get("/api/v1/exchange/credit", platformToken);
        check(gaps.statusCode() == 200 && credit.statusCode() == 200 && credit.body().contains("\"factors\""),
                "FX's gaps and the seller's own credit answer (were " + gaps.statusCode() + ", "
                        + credit.statusCode() + ")");
        PlatformClient.Reply stranger = platform.get("/api/v1/receipts", "not-a-token");
        check(stranger.statusCode() == 401, "an unknown token is answered 401 (was " + stranger.statusCode() + ")");
        // the console from the jar: its templates, messages and WebJars are inside it
        PlatformClient.Reply login = platform.get("/login", null);
        check(login.statusCode() == 200 && login.body().contains("登录") && login.body().contains("_csrf"),
                "the console's sign-in page is served in Chinese with its CSRF token (was " + login.statusCode() + ")");
        PlatformClient.Reply htmx = platform.get("/webjars/htmx.org/dist/htmx.min.js", null);
        check(htmx.statusCode() == 200, "htmx is served from its WebJar (was " + htmx.statusCode() + ")");
        PlatformClient.Reply echarts = platform.get("/webjars/echarts/dist/echarts.min.js", null);
        PlatformClient.Reply dashboard = platform.get("/console/dashboard.js", null);
        check(echarts.statusCode() == 200 && dashboard.statusCode() == 200, "ECharts (from its WebJar) and the "
                + "dashboard's script are served (were " + echarts.statusCode() + ", " + dashboard.statusCode() + ")");
    }

    private void accepted(PlatformClient.Reply response, String messageType, String what) {
        check(response.statusCode() == 202 && response.body().contains(messageType), what + " is accepted as "
                + messageType + " (was " + response.statusCode() + ": " + abbreviate(response.body()) + ")");
    }

    private static boolean released(PlatformClient platform, String token, String copNo) throws Exception {
        return receipt(platform, token, copNo, "800") != null;
    }

    /** The first receipt of the inventory with this returnStatus (any, when null) within 60 s, or null. */
    private static JsonNode receipt(PlatformClient platform, String token, String copNo, String returnStatus)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long after = 0;
        while (Instant.now().isBefore(deadline)) {
            JsonNode page = platform.receipts(token, after, 1000);
            for (JsonNode receipt : page.get("receipts")) {
                if (copNo.equals(receipt.get("copNo").asString()) && (returnStatus == null
                        || returnStatus.equals(receipt.get("returnStatus").asString()))) {
                    return receipt;
                }
            }
            after = page.get("next").asLong();
            Thread.sleep(200);
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "...";
    }
}
