package org.cbec.bench.sim;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * Plays small exporters through the comprehensive service platform (onestop) end to end: links the platform to the
 * clearance platform if it is not (as the operator and its staff would), files a carrier, signs up sellers (approved
 * by the staff) with a product each, uploads each seller's orders as one CSV, books and pays every order (the
 * platform declares each one: CEB303, CEB505, CEB403, CEB603), has the carrier report arrival (CEB507), waits for
 * every order to be released (800), has the carrier report departure (CEB509), waits for every order to be closed
 * (899), and prints the orders per second end to end.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.cbec.bench.sim.TrafficSimulator --mode onestop --parcels 1000</pre>
 * Options beyond the simulator's: --sellers (5), --staff-token (or CBEC_ONESTOP_STAFF_TOKEN), --tax-token (or
 * CBEC_ONESTOP_TAX_TOKEN: with it the money of part 2 is played too, the banks' proceeds and the tax office's
 * refunds, and the ledger checked).
 */
final class OnestopSimulator {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final PlatformClient platform;
    private final String url;
    private final String staff;
    private final String taxToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    OnestopSimulator(PlatformClient platform, String url, String staff, String taxToken) {
        this.platform = platform;
        this.url = url;
        this.staff = staff;
        this.taxToken = taxToken;
    }

    /** A seller of the run: its token and the orders it sent. */
    private record Seller(String token, List<String> orderNos, long product, String factory) {
    }

    void run(int orders, int sellerCount, int concurrency, Duration timeout, long seed) throws Exception {
        Random random = new Random(seed);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        JsonNode link = call("GET", "/api/v1/onestop/clearance", staff, null, 200);
        String certificate = link.get("certificate").asString();
        if (!link.get("linked").asBoolean()) {
            String code = PlatformClient.code(random, '3');
            String token = fileWithWebhook(code, certificate, url + link.get("webhookPath").asString());
            call("PUT", "/api/v1/onestop/clearance", staff, Map.of("code", code, "name", "模拟综服平台", "token", token,
                    "dxpId", "DXPENT0000000001", "customsCode", "2901", "portCode", "2901"), 200);
        }
        String carrierCode = PlatformClient.code(random, '4');
        String carrierToken = platform.file(carrierCode, List.of("LOGISTICS"), List.of(certificate));
        long carrierId = call("POST", "/api/v1/onestop/carriers", staff, Map.of("code", carrierCode, "name",
                "模拟国际快递" + carrierCode, "token", carrierToken, "trafMode", "5", "prefix", "ELN", "rangeFrom", 1,
                "rangeTo", 99_999_999, "rateCard", Map.of("divisor", 5000, "stepKg", 0.5, "fuelSurcharge", 0.12,
                        "zones", List.of(Map.of("name", "North America", "countries", List.of("502"), "days", 5,
                                "pod", "LAX", "breaks", List.of(Map.of("upToKg", 30, "perKg", 50,
                                        "minimum", 40)))))), 201).get("id").asLong();

        List<Seller> sellers = new ArrayList<>();
        int perSeller = (orders + sellerCount - 1) / sellerCount;
        for (int s = 0; s < sellerCount && s * perSeller < orders; s++) {
            JsonNode signedUp = call("POST", "/api/v1/onestop/sellers", null, Map.of("kind", "COMPANY", "uscc",
                    uscc(random), "name", "模拟出口卖家" + run + s, "contactName", "模拟", "contactPhone", "13900000000",
                    "bankName", "中国银行", "bankAccount", "6216610100009999999", "agreementVersion", "2026-11"), 201);
            call("POST", "/api/v1/onestop/sellers/" + signedUp.get("id").asLong() + "/review", staff,
                    Map.of("decision", "APPROVE"), 200);
            String token = signedUp.get("token").asString();
            String factory = uscc(random);
            long product = call("POST", "/api/v1/onestop/products", token, Map.of("name", "纯棉针织T恤", "model",
                    "SIM-" + run + s, "declaredElements", "品牌:无|成分:棉100%", "hsCode", "6109100000", "factoryName",
                    "模拟制衣厂", "factoryTaxCode", factory), 201).get("id").asLong();
            call("POST", "/api/v1/onestop/products/" + product + "/review", staff, Map.of("decision", "APPROVE"),
                    200);
            StringBuilder csv = new StringBuilder("orderNo,mode,warehouse,buyerName,buyerCountry,currency,freight,"
                    + "statisticsFlag,productId,qty,price\n");
            List<String> orderNos = new ArrayList<>();
            for (int i = 0; i < perSeller && s * perSeller + i < orders; i++) {
                String orderNo = "SIM" + run + "-" + s + "-" + i;
                orderNos.add(orderNo);
                csv.append(orderNo).append(",9610,,John Smith,502,502,5.00,B,").append(product).append(",3,10.00\n");
            }
            sellers.add(new Seller(token, orderNos, product, factory));
            sellersCsv.put(token, csv.toString());
        }
        System.out.printf("onestop: %d orders of %d sellers, %d requests in parallel%n", orders, sellers.size(),
                concurrency);

        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<String> logisticsNos = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (Seller seller : sellers) {
                HttpResponse<String> uploaded = http.send(request("/api/v1/onestop/orders", seller.token())
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(
                                sellersCsv.get(seller.token()), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (uploaded.statusCode() != 201) {
                    throw new IllegalStateException("upload: " + uploaded.statusCode() + " " + uploaded.body());
                }
            }
            List<Future<?>> booking = new ArrayList<>();
            for (Seller seller : sellers) {
                for (String orderNo : seller.orderNos()) {
                    booking.add(pool.submit(() -> {
                        logisticsNos.add(call("POST", "/api/v1/onestop/orders/" + orderNo + "/booking",
                                seller.token(), Map.of("carrierId", carrierId, "grossWeightKg", 0.6), 201)
                                .get("logisticsNo").asString());
                        call("PUT", "/api/v1/onestop/orders/" + orderNo + "/payment", seller.token(), Map.of(
                                "payName", "PayPal", "charge", 35.00), 200);
                        return null;
                    }));
                }
            }
            for (Future<?> f : booking) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Instant booked = Instant.now();
        Instant deadline = Instant.now().plus(timeout);
        // the parcels reach the site after the platform declared their waybills: its outbox is empty
        while (call("GET", "/api/v1/onestop/clearance/outbox", staff, null, 200).path("QUEUED").asLong() > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        Instant declared = Instant.now();
        ExportParcelFactory carrier = new ExportParcelFactory(new ParcelFactory.Codes("NONE", "NONE", carrierCode,
                "NONE"));
        for (List<ExportParcelFactory.Parcel> chunk : chunks(logisticsNos)) {
            send(carrierToken, carrier.write(carrier.arrivalMessage(chunk)));
        }
        Map<String, Integer> released = await(sellers, "RELEASED", deadline);
        Instant releasedAt = Instant.now();
        for (List<ExportParcelFactory.Parcel> chunk : chunks(logisticsNos)) {
            send(carrierToken, carrier.write(carrier.departureMessage(chunk)));
        }
        Map<String, Integer> closed = await(sellers, "CLEARED", deadline);
        Instant end = Instant.now();
        System.out.println("orders by status when released: " + released);
        System.out.println("orders by status at the end: " + closed);
        System.out.printf("booked and paid %d orders in %.1f s = %.0f orders/s%n", orders, seconds(start, booked),
                orders / seconds(start, booked));
        System.out.printf("all %d orders' messages taken by the clearance platform after %.1f s = %.0f orders/s%n",
                orders, seconds(start, declared), orders / seconds(start, declared));
        System.out.printf("end to end (CSV in to 800 released): %d orders in %.1f s = %.0f orders/s%n",
                released.getOrDefault("RELEASED", 0) + released.getOrDefault("CLEARED", 0), seconds(start,
                        releasedAt), orders / seconds(start, releasedAt));
        System.out.printf("to 899 closed (after departure): %d orders in %.1f s%n", closed.getOrDefault("CLEARED", 0),
                seconds(start, end));
        if (closed.getOrDefault("CLEARED", 0) != orders) {
            // CI runs this against the packaged jar: an order lost or stuck fails the run
            throw new IllegalStateException("only " + closed.getOrDefault("CLEARED", 0) + " of " + orders
                    + " orders reached 899: " + closed);
        }
        if (taxToken != null) {
            money(sellers, run, concurrency, deadline);
        }
    }

    /**
     * Part 2: a bank notifies every order's proceeds (matched by its number), settled at the day's rate; the month is
     * summarised into export declarations; each seller files for refund, registers a purchase invoice covering its
     * goods and claims on each declaration; the tax office approves and pays every claim. The ledger must balance at
     * the end; prints the postings per second of this part.
     */
    private void money(List<Seller> sellers, String run, int concurrency, Instant deadline) throws Exception {
        long entriesBefore = call("GET", "/api/v1/onestop/ledger/platform", staff, null, 200).get("check")
                .get("entries").asLong();
        Instant start = Instant.now();
        String bankCode = "SIM" + run;
        String account = "6222" + Math.abs(run.hashCode());
        String bank = call("POST", "/api/v1/onestop/fx/banks", staff, Map.of("code", bankCode, "name", "模拟银行",
                "accountNo", account), 201).get("token").asString();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        call("PUT", "/api/v1/onestop/fx/rates/" + today + "/502", staff, Map.of("rate", 7.12, "source",
                "simulated CFETS central parity"), 200);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> paying = new ArrayList<>();
            for (Seller seller : sellers) {
                for (String orderNo : seller.orderNos()) {
                    paying.add(pool.submit(() -> call("POST", "/api/v1/onestop/fx/receipts", bank, Map.of(
                            "bankReference", "SIM-" + orderNo, "payerName", "John Smith", "currency", "502",
                            "amount", 35.00, "valueDate", today, "accountNo", account, "remittanceText",
                            "ORDER " + orderNo), 201)));
                }
            }
            for (Future<?> f : paying) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long proceedsPosted = call("GET", "/api/v1/onestop/ledger/platform", staff, null, 200).get("check")
                .get("entries").asLong() - entriesBefore;
        System.out.printf("proceeds: %d bank notifications matched and settled (received, matched, settled), %d "
                + "ledger postings in %.1f s = %.0f postings/s%n", sellers.stream().mapToInt(s -> s.orderNos().size())
                .sum(), proceedsPosted, seconds(start, Instant.now()), proceedsPosted / seconds(start, Instant.now()));
        call("POST", "/api/v1/onestop/summaries", staff, Map.of("month", today.substring(0, 7)), 200);
        int claims = 0;
        for (Seller seller : sellers) {
            call("PUT", "/api/v1/onestop/refunds/method", seller.token(), Map.of("method", "REFUND", "filedOn",
                    today, "taxOffice", "模拟税务局"), 200);
            int qty = seller.orderNos().size() * 3;
            BigDecimal amount = BigDecimal.valueOf(qty * 6L).setScale(2);
            call("POST", "/api/v1/onestop/invoices", seller.token(), Map.of("productId", seller.product(),
                    "invoiceNo", "33" + String.format("%08d", Math.abs((run + seller.product()).hashCode())
                            % 100_000_000),
                    "issuerTaxCode", seller.factory(), "qty", qty, "amount", amount, "vat",
                    amount.multiply(new BigDecimal("0.13")).setScale(2, java.math.RoundingMode.HALF_UP), "issuedOn",
                    today), 201);
            java.util.Set<String> entries = new java.util.LinkedHashSet<>();
            do {
                entries.clear();
                JsonNode lines = call("GET", "/api/v1/onestop/refunds/declarations", seller.token(), null, 200)
                        .get("lines");
                lines.forEach(l -> entries.add(l.get("entryId").asString()));
                if (lines.size() >= seller.orderNos().size()) {
                    break;
                }
                Thread.sleep(200);
            } while (Instant.now().isBefore(deadline));
            for (String entryId : entries) {
                long claim = call("POST", "/api/v1/onestop/refunds/claims", seller.token(), Map.of("entryId",
                        entryId), 201).get("id").asLong();
                BigDecimal claimed = call("GET", "/api/v1/onestop/refunds/claims/" + claim, seller.token(), null,
                        200).get("claimed").decimalValue();
                call("POST", "/api/v1/onestop/refunds/claims/" + claim + "/decision", taxToken, Map.of("approved",
                        claimed), 200);
                call("POST", "/api/v1/onestop/refunds/claims/" + claim + "/paid", taxToken, Map.of(), 200);
                claims++;
            }
        }
        Instant end = Instant.now();
        JsonNode check = call("GET", "/api/v1/onestop/ledger/platform", staff, null, 200).get("check");
        long posted = check.get("entries").asLong() - entriesBefore;
        System.out.printf("money: %d proceeds matched and settled, %d refund claims approved and paid, %d ledger "
                + "postings in %.1f s = %.0f postings/s%n", sellers.stream().mapToInt(s -> s.orderNos().size()).sum(),
                claims, posted, seconds(start, end), posted / seconds(start, end));
        System.out.println("ledger: " + check);
        if (check.get("unbalanced").asLong() != 0 || check.get("accountsOff").asLong() != 0
                || check.get("currenciesOff").asLong() != 0) {
            throw new IllegalStateException("the ledger does not balance: " + check);
        }
    }

    private final Map<String, String> sellersCsv = new HashMap<>();

    private static double seconds(Instant from, Instant to) {
        return Math.max(Duration.between(from, to).toMillis() / 1000.0, 0.001);
    }

    /** Waybill numbers ELN… as the carrier's CEB507/CEB509 name them, 100 a message. */
    private static List<List<ExportParcelFactory.Parcel>> chunks(List<String> logisticsNos) {
        List<List<ExportParcelFactory.Parcel>> chunks = new ArrayList<>();
        List<String> all = new ArrayList<>(logisticsNos);
        for (int from = 0; from < all.size(); from += 100) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 100)).stream()
                    .map(no -> new ExportParcelFactory.Parcel(no.substring(3), ExportParcelFactory.Fault.NONE))
                    .toList());
        }
        return chunks;
    }

    private void send(String token, byte[] xml) throws Exception {
        PlatformClient.Reply sent = platform.send(token, xml);
        if (sent.statusCode() != 202) {
            throw new IllegalStateException("carrier message: " + sent.statusCode() + " " + sent.body());
        }
    }

    /** Waits until every order is at {@code status} (or later); answers the orders by status. */
    private Map<String, Integer> await(List<Seller> sellers, String status, Instant deadline) throws Exception {
        Map<String, Integer> byStatus;
        int expected = sellers.stream().mapToInt(s -> s.orderNos().size()).sum();
        do {
            byStatus = new TreeMap<>();
            for (Seller seller : sellers) {
                for (int page = 1; ; page++) {
                    JsonNode rows = call("GET", "/api/v1/onestop/orders?page=" + page, seller.token(), null, 200)
                            .get("orders");
                    if (rows.isEmpty()) {
                        break;
                    }
                    for (JsonNode row : rows) {
                        byStatus.merge(row.get("status").asString(), 1, Integer::sum);
                    }
                }
            }
            int there = byStatus.getOrDefault(status, 0) + ("RELEASED".equals(status)
                    ? byStatus.getOrDefault("CLEARED", 0) : 0);
            if (there >= expected) {
                return byStatus;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return byStatus;
    }

    private String fileWithWebhook(String code, String certificate, String webhookUrl) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "模拟综服平台", "roles",
                List.of("EBP", "EBC", "AGENT"), "dxpId", "DXPENT0000000001", "certificates", List.of(certificate)));
        body.put("webhookUrl", webhookUrl);
        return call("POST", "/api/v1/enterprises", platform.admin(), body, 201).get("token").asString();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private JsonNode call(String method, String path, String token, Object body, int expected) throws Exception {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(PlatformClient.JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                    + response.body());
        }
        return PlatformClient.JSON.readTree(response.body());
    }

    /** A unified social credit code with its GB 32100-2015 check character. */
    static String uscc(Random random) {
        StringBuilder code = new StringBuilder("91330782MA");
        for (int i = 0; i < 7; i++) {
            code.append(CHARS.charAt(random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CHARS.charAt((31 - sum % 31) % 31)).toString();
    }
}
