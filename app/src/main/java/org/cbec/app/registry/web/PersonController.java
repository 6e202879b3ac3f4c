package org.cbec.app.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.registry.application.PeopleService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The operator files the people who sign in to the console. */
@RestController
class PersonController {

    private final PeopleService people;
    private final OperatorToken operator;

    PersonController(PeopleService people, OperatorToken operator) {
        this.people = people;
        this.operator = operator;
    }

    /** A person as the operator sees it: never the password or its hash. */
    record PersonJson(String login, String kind, String orgCode, String role, String displayName) {
        static PersonJson of(Person p) {
            return new PersonJson(p.login(), p.kind().name(), p.orgCode(), p.role(), p.displayName());
        }
    }

    @PostMapping("/api/v1/people")
    ResponseEntity<PersonJson> file(@RequestBody People.Filing filing, HttpServletRequest request) {
        operator.require(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(PersonJson.of(people.file(filing)));
    }
}
