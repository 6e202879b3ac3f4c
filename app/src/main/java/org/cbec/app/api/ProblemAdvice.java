package org.cbec.app.api;

import java.net.URI;
import java.util.stream.Collectors;
import org.cbec.app.shared.Incident;
import org.cbec.app.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns errors into problem details. A client's mistake gets its own status and a sentence naming the field;
 * anything else is ours: logged here under an incident id and answered 5xx with that id and no stack trace (503
 * with Retry-After when the database cannot be reached or a lock could not be had, so the client sends again).
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> problem(Refusal refusal) {
        HttpStatus status = status(refusal.kind());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        problem.setType(URI.create("urn:cbec:problem:" + refusal.type()));
        problem.setTitle(status.getReasonPhrase());
        refusal.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (refusal.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        }
        return answer.body(problem);
    }

    /** The one place a refusal becomes an HTTP status. */
    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case TIMEOUT -> HttpStatus.REQUEST_TIMEOUT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** A body that is no JSON, or JSON of the wrong shape: the field and what was wrong with it, when known. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(ex));
        problem.setType(URI.create("urn:cbec:problem:unreadable-body"));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        return ResponseEntity.badRequest().body(problem);
    }

    /** The path into the body (lines[1].qty) and Jackson's first line of why, or that there was no body. */
    static String unreadable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json) {
                String why = json.getOriginalMessage() == null ? "" : json.getOriginalMessage().lines().findFirst()
                        .orElse("");
                why = why.length() > 300 ? why.substring(0, 300) + "..." : why;
                String path = json.getPath().stream().map(r -> r.getPropertyName() != null ? "." + r.getPropertyName()
                        : "[" + (r.getIndex() + 1) + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
                return path.isEmpty() ? "the body is not the JSON expected: " + why : path + ": " + why;
            }
        }
        return "the body: a JSON object as documented (it is missing, empty or null)";
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
