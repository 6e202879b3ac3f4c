package org.cbec.app.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.InventoryLookup;
import org.cbec.app.clearance.ReceiptStream;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.shared.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's pages. An enterprise's person finds its parcels by copNo and reads one: its state, its four
 * documents, the three-document comparison with every mismatch highlighted, and its history. What the enterprise
 * did not declare is not found, as over the API.
 */
@Controller
class ConsoleController {

    private final People people;
    private final List<InventoryLookup> inventories;
    private final ReceiptStream receipts;

    ConsoleController(People people, List<InventoryLookup> inventories, ReceiptStream receipts) {
        this.people = people;
        this.inventories = inventories;
        this.receipts = receipts;
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String home(Principal principal, Model model) {
        model.addAttribute("person", person(principal));
        return "console/home";
    }

    /**
     * The search box: a copNo or an invtNo of the person's enterprise opens its inventory; anything else finds
     * nothing. An invtNo leads to its copNo, which is then checked as any copNo is.
     */
    @GetMapping("/console/search")
    String search(@RequestParam(defaultValue = "") String q, Principal principal, Model model) {
        Person person = person(principal);
        String copNo = q.strip();
        if (!copNo.isEmpty() && found(person, copNo).isEmpty()) {
            copNo = inventories.stream().map(lookup -> lookup.byInvtNo(q.strip())).flatMap(Optional::stream)
                    .map(f -> f.inventory().copNo()).findFirst().orElse(copNo);
        }
        if (!copNo.isEmpty() && found(person, copNo).isPresent()) {
            return "redirect:/console/inventories/" + copNo;
        }
        copNo = q.strip();
        model.addAttribute("person", person);
        model.addAttribute("q", copNo);
        model.addAttribute("nothing", !copNo.isEmpty());
        return "console/home";
    }

    @GetMapping("/console/inventories/{copNo}")
    String inventory(@PathVariable String copNo, Principal principal, Model model) {
        Person person = person(principal);
        Optional<InventoryLookup.Found> found = found(person, copNo);
        model.addAttribute("person", person);
        model.addAttribute("copNo", copNo);
        found.ifPresent(f -> model.addAttribute("found", f));
        found.ifPresent(f -> model.addAttribute("receipts", receipts.ofCopNo(person.orgCode(), copNo)));
        return found.isPresent() ? "console/inventory" : "console/not-found";
    }

    /** A receipt's XML, as sent (downloaded with its type and cursor as the file's name); only the enterprise's. */
    @GetMapping("/console/receipts/{cursor}")
    ResponseEntity<String> receipt(@PathVariable long cursor, Principal principal) {
        Person person = person(principal);
        return (person.orgCode() == null ? Optional.<Receipt>empty() : receipts.one(person.orgCode(), cursor))
                .map(r -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(r.messageType() + "-" + r.cursor() + ".xml").build().toString())
                        .body(r.xml()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/console/password")
    String password(Principal principal, Model model) {
        model.addAttribute("person", person(principal));
        return "console/password";
    }

    /** A person changes their own password: the current one, then the new one twice. */
    @PostMapping("/console/password")
    String changePassword(@RequestParam String current, @RequestParam String next, @RequestParam String repeat,
                          Principal principal, Model model) {
        model.addAttribute("person", person(principal));
        if (!next.equals(repeat)) {
            model.addAttribute("refused", "repeat");
            return "console/password";
        }
        try {
            people.changePassword(principal.getName(), current, next);
            model.addAttribute("changed", true);
        } catch (Refusal refusal) {
            model.addAttribute("refused", refusal.getMessage());
        }
        return "console/password";
    }

    /** An inventory the person's enterprise may read (its declarant or its sender). */
    private Optional<InventoryLookup.Found> found(Person person, String copNo) {
        if (person.kind() != Person.Kind.ENTERPRISE || person.orgCode() == null) {
            return Optional.empty();
        }
        return inventories.stream().map(lookup -> lookup.byCopNo(person.orgCode(), copNo))
                .flatMap(Optional::stream).findFirst();
    }

    private Person person(Principal principal) {
        return people.find(principal.getName()).orElseThrow();
    }
}
