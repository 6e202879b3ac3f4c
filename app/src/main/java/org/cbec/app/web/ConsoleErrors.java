package org.cbec.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Incident;
import org.cbec.app.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A console page that cannot be shown answers with a page saying why, in the console's language and with its
 * header: never the API's JSON problem, never a stack trace.
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, HttpServletResponse response, Model model) {
        response.setStatus(switch (refusal.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN, UNAUTHENTICATED -> 403;
            case CONFLICT -> 409;
            default -> 400;
        });
        model.addAttribute("status", response.getStatus());
        model.addAttribute("detail", refusal.getMessage());
        return "console/error";
    }

    /** A parameter that is not of its type (a page that is not a number) or is missing: the request's fault. */
    @ExceptionHandler({TypeMismatchException.class, ServletRequestBindingException.class})
    String badParameter(Exception e, HttpServletResponse response, Model model) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName() : null;
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("detail", name == null ? e.getMessage() : name + ": missing or not of its type");
        return "console/error";
    }

    @ExceptionHandler(RuntimeException.class)
    String failed(RuntimeException e, HttpServletResponse response, Model model) {
        String id = Incident.newId();
        LOG.error("incident {}: console page failed", id, e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        model.addAttribute("incident", id);
        return "console/error";
    }
}
