package org.cbec.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page's header needs: who is signed in and whom they work for, which chooses the menu (the
 * pages of every module share the header).
 */
@ControllerAdvice
class ConsoleModel {

    private final People people;

    ConsoleModel(People people) {
        this.people = people;
    }

    @ModelAttribute("viewer")
    String viewer(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null && request.getRequestURI().startsWith("/console") ? principal.getName() : null;
    }

    @ModelAttribute("person")
    Person person(HttpServletRequest request) {
        String viewer = viewer(request);
        return viewer == null ? null : people.find(viewer).orElse(null);
    }
}
