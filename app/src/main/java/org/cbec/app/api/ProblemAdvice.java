package org.cbec.app.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.net.URI;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors into problem details. A client's mistake gets its own status and a sentence naming the field;
 * anything else is ours: logged here under an incident id and answered 5xx with that id and no stack trace (503
 * with Retry-After when the database cannot be reached or a lock could not be had, so the client sends again).
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.status());
        problem.headers().forEach((name, value) -> answer.header(name, value));
        return answer.body(problem.toProblemDetail());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        String id = e instanceof Incident incident ? incident.id() : Incident.newId();
        Throwable cause = e instanceof Incident && e.getCause() != null ? e.getCause() : e;
        // no connection to be had is a DataAccessResourceFailureException too
        boolean transientFailure = cause instanceof TransientDataAccessException
                || cause instanceof DataAccessResourceFailureException;
        HttpStatus status = transientFailure ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
        LOG.error("incident {}: {} answered {}", id, cause.getClass().getName(), status.value(), cause);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, (transientFailure
                ? "the platform is busy or its database cannot be reached; send again later"
                : "internal error of the platform, not of the request") + "; incident " + id
                + (e instanceof Incident ? "; what was sent is stored" : ""));
        problem.setType(URI.create("urn:cbec:problem:incident"));
        problem.setProperty("incident", id);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (transientFailure) {
            answer.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return answer.body(problem);
    }
}
