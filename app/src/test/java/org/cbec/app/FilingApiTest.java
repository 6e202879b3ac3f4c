package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbec.app.ExchangeFixtures.customsCode;
import static org.cbec.app.ExchangeFixtures.filing;
import static org.cbec.app.ExchangeFixtures.uscc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * One filing, shared, over HTTP: checked field by field (the credit code's check character), a licence scan checked
 * by its content, each department's review, the applicant's correction, customs' approval filing the enterprise
 * in the registry; another's filing unreadable, a decision racing itself decided once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilingApiTest extends PlatformTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R'};

    private HttpResponse<String> attach(long id, String token, String contentType, byte[] content) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/exchange/filings/" + id + "/attachments/business-licence"))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String status(JsonNode view, String department) {
        return view.get("reviews").valueStream().filter(r -> department.equals(r.get("department").asString()))
                .findFirst().orElseThrow().get("status").asString();
    }

    private ApiClient.Response decide(long id, String token, String decision, String reason, String fxClass) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision));
        if (reason != null) {
            body.put("reason", reason);
        }
        if (fxClass != null) {
            body.put("fxClass", fxClass);
        }
        return api().postJson("/api/v1/exchange/filings/" + id + "/reviews", token, body);
    }

    @Test
    void aWrongCheckCharacterOrFieldIsRefusedNamingItAndNothingIsStored() {
        String uscc = uscc();
        String wrong = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        Map<String, Object> filing = filing(wrong, customsCode());
        filing.put("contactPhone", "12345");
        ApiClient.Response refused = api().postJson("/api/v1/exchange/filings", null, filing);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("uscc: check character '" + wrong.charAt(17) + "' should be '"
                + uscc.charAt(17) + "' (GB 32100-2015)").contains("contactPhone:");

        ApiClient.Response filed = api().postJson("/api/v1/exchange/filings", null, filing(uscc, customsCode()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(api().postJson("/api/v1/exchange/filings", null, filing(uscc, customsCode())).status())
                .as("one filing per credit code").isEqualTo(409);
    }

    @Test
    void eachDepartmentReviewsItsPartTheApplicantCorrectsAndCustomsApprovalFilesTheEnterprise() throws Exception {
        String code = customsCode();
        JsonNode submitted = api().postJson("/api/v1/exchange/filings", null, filing(uscc(), code)).json();
        long id = submitted.get("id").asLong();
        String applicant = submitted.get("token").asString();
        String market = department("MARKET");
        String customs = department("CUSTOMS");
        String tax = department("TAX");
        String fx = department("FX");

        assertThat(decide(id, market, "APPROVE", null, null).body()).contains("none is attached");
        HttpResponse<String> text = attach(id, applicant, "image/png", "not a picture".getBytes());
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("a PDF, PNG or JPEG scan; the content is none of them");
        assertThat(attach(id, applicant, "application/pdf", PNG).body())
                .contains("the content is image/png, not the application/pdf it was sent as");
        byte[] huge = java.util.Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        HttpResponse<String> tooLarge = attach(id, applicant, "image/png", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("attachment: at most 5242880 bytes (5 MiB)");
        assertThat(attach(id, applicant, "image/png", new byte[0]).body()).contains("attachment: empty");
        HttpResponse<String> licence = attach(id, applicant, "image/png", PNG);
        assertThat(licence.statusCode()).as(licence.body()).isEqualTo(200);
        assertThat(licence.body()).contains("\"sha256\":\"" + java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(PNG)) + "\"");

        assertThat(api().get("/api/v1/exchange/filings", customs).json().get("filings").valueStream()
                .map(f -> f.get("id").asLong())).contains(id);
        assertThat(decide(id, market, "APPROVE", null, null).status()).isEqualTo(200);
        assertThat(decide(id, customs, "RETURN", null, null).body()).contains("reason: a filing is returned");
        assertThat(decide(id, customs, "RETURN", "申报企业角色需提供报关单位备案证明", null).status())
                .isEqualTo(200);
        JsonNode seen = api().get("/api/v1/exchange/filings/" + id, applicant).json();
        assertThat(status(seen, "MARKET")).isEqualTo("APPROVED");
        assertThat(status(seen, "CUSTOMS")).isEqualTo("RETURNED");
        assertThat(status(seen, "TAX")).isEqualTo("PENDING");
        assertThat(api().get("/api/v1/enterprises/" + code, ADMIN).status()).as("not yet filed").isEqualTo(404);

        Map<String, Object> corrected = filing(seen.get("filing").get("uscc").asString(), code);
        corrected.put("roles", List.of("EBC"));
        assertThat(api().putJson("/api/v1/exchange/filings/" + id, applicant, corrected).status()).isEqualTo(200);
        assertThat(status(api().get("/api/v1/exchange/filings/" + id, customs).json(), "CUSTOMS"))
                .as("reviewed again").isEqualTo("PENDING");
        assertThat(decide(id, customs, "APPROVE", null, null).status()).isEqualTo(200);
        ApiClient.Response registered = api().get("/api/v1/enterprises/" + code, ADMIN);
        assertThat(registered.status()).as("filed in the registry").isEqualTo(200);
        assertThat(registered.json().get("roles").valueStream().map(JsonNode::asString)).containsExactly("EBC");
        JsonNode enterprise = dataset(department("MARKET"), "enterprises", 1000).stream()
                .filter(e -> code.equals(e.get("customsCode").asString())).findFirst().orElseThrow();
        assertThat(enterprise.get("name").asString()).isEqualTo("杭州跨境测试贸易有限公司");
        assertThat(enterprise.has("contactPhone")).as("not market regulation's").isFalse();

        assertThat(decide(id, tax, "APPROVE", null, null).status()).isEqualTo(200);
        assertThat(decide(id, fx, "APPROVE", null, null).body()).contains("fxClass: FX files the enterprise");
        JsonNode done = decide(id, fx, "APPROVE", null, "B").json();
        assertThat(done.get("reviews").valueStream().map(r -> r.get("status").asString())).containsOnly("APPROVED");
        assertThat(done.get("reviews").valueStream().filter(r -> "FX".equals(r.get("department").asString()))
                .findFirst().orElseThrow().get("fxClass").asString()).isEqualTo("B");
        assertThat(done.get("history").valueStream().map(h -> h.get("what").asString())).containsSubsequence(
                "SUBMITTED", "ATTACHED", "APPROVED", "RETURNED", "CORRECTED", "APPROVED");
        assertThat(decide(id, fx, "APPROVE", null, "A").status()).as("decided already").isEqualTo(409);
    }

    @Test
    void nobodyButItsApplicantTheReviewersAndTheOperatorReadsAFiling() {
        JsonNode mine = api().postJson("/api/v1/exchange/filings", null, filing(uscc(), customsCode())).json();
        JsonNode theirs = api().postJson("/api/v1/exchange/filings", null, filing(uscc(), customsCode())).json();
        long id = mine.get("id").asLong();
        String path = "/api/v1/exchange/filings/" + id;

        assertThat(api().get(path, mine.get("token").asString()).status()).isEqualTo(200);
        assertThat(api().get(path, theirs.get("token").asString()).status()).isEqualTo(404);
        assertThat(api().putJson(path, theirs.get("token").asString(), filing(uscc(), customsCode())).status())
                .isEqualTo(404);
        assertThat(api().get(path, null).status()).isEqualTo(401);
        assertThat(api().get(path, department("TAX")).status()).isEqualTo(200);
        assertThat(api().get(path, department("COMMERCE")).status()).as("commerce does not review").isEqualTo(404);
        assertThat(api().get(path, ADMIN).status()).isEqualTo(200);
        assertThat(decide(id, department("COMMERCE"), "APPROVE", null, null).body())
                .contains("COMMERCE does not review filings");
    }

    @Test
    void aDecisionRacingItselfIsTakenOnce() throws Exception {
        long id = api().postJson("/api/v1/exchange/filings", null, filing(uscc(), customsCode())).json().get("id")
                .asLong();
        String tax = department("TAX");
        List<ApiClient.Response> answers = AtOnce.times(4, () -> decide(id, tax, "APPROVE", null, null));
        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() == 409)).hasSize(3);
    }
}
