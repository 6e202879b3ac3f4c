package org.cbec.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's header needs: who is signed in (the pages of every module share the header). */
@ControllerAdvice
class ConsoleModel {

    @ModelAttribute("viewer")
    String viewer(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null && request.getRequestURI().startsWith("/console") ? principal.getName() : null;
    }
}
