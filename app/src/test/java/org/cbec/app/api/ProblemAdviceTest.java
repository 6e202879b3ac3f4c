package org.cbec.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.app.shared.Incident;
import org.cbec.app.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A failure of the platform's own is never answered as the caller's fault (CEB900, 400) nor with a stack trace. */
class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void anIncidentIsA500ThatNamesItsIdAndSaysWhatWasSentIsKept() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new Incident("INC-1",
                new IllegalStateException("cannot compile the XSD")));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("incident", "INC-1");
        assertThat(answer.getBody().getDetail()).contains("incident INC-1").contains("what was sent is stored")
                .doesNotContain("XSD").doesNotContain("Exception");
    }

    @Test
    void aDatabaseOutOfReachIs503WithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new DataAccessResourceFailureException("closed"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getProperties()).containsKey("incident");
    }

    @Test
    void anyOtherFailureIsA500WithAnIncidentId() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new NullPointerException("x"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat((String) answer.getBody().getProperties().get("incident")).hasSize(36);
    }

    @Test
    void aRefusalIsAnsweredWithTheStatusOfItsKindAndWhenToComeBack() {
        ResponseEntity<ProblemDetail> answer = advice.problem(new Refusal(Refusal.Kind.RATE_LIMITED, "rate-limit",
                "too fast").retryAfter(3).with("limit", 500));

        assertThat(answer.getStatusCode().value()).isEqualTo(429);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
        assertThat(answer.getBody().getType().toString()).isEqualTo("urn:cbec:problem:rate-limit");
        assertThat(answer.getBody().getProperties()).containsEntry("limit", 500);
        for (Refusal.Kind kind : Refusal.Kind.values()) {
            assertThat(ProblemAdvice.status(kind).is4xxClientError() || kind == Refusal.Kind.BUSY).as(kind.name())
                    .isTrue();
        }
    }
}
