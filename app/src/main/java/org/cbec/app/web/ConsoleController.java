package org.cbec.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.InventoryLookup;
import org.cbec.app.clearance.ParcelSearch;
import org.cbec.app.clearance.ReceiptStream;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.shared.ConsolePage;
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
 * The console's pages. An enterprise's person finds its parcels by any of their numbers and reads one: its state,
 * its four documents, the three-document comparison with every mismatch highlighted, its history and receipts.
 * What the enterprise did not declare is not found, as over the API.
 */
@Controller
@ConsolePage
class ConsoleController {

    private final People people;
    private final List<InventoryLookup> inventories;
    private final ReceiptStream receipts;
    private final ParcelSearch parcels;

    ConsoleController(People people, List<InventoryLookup> inventories, ReceiptStream receipts,
                      ParcelSearch parcels) {
        this.parcels = parcels;
        this.people = people;
        this.inventories = inventories;
        this.receipts = receipts;
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String home() {
        return "console/home";
    }

    /**
     * The search box: a copNo, orderNo or logisticsNo of the person's enterprise opens its inventory (or lists
     * them, when the number names several), an invtNo leads to its copNo, which is then checked as any copNo is;
     * anything else finds nothing.
     */
    @GetMapping("/console/search")
    String search(@RequestParam(defaultValue = "") String q, Principal principal, Model model) {
        Person person = person(principal);
        String number = q.strip();
        List<String> copNos = number.isEmpty() ? List.of()
                : person.enterpriseCode().map(code -> parcels.copNos(code, number)).orElse(List.of());
        if (copNos.isEmpty() && !number.isEmpty()) {
            copNos = inventories.stream().map(lookup -> lookup.byInvtNo(number)).flatMap(Optional::stream)
                    .map(f -> f.inventory().copNo()).filter(copNo -> found(person, copNo).isPresent()).toList();
        }
        if (copNos.size() == 1) {
            return "redirect:/console/inventories/" + copNos.get(0);
        }
        model.addAttribute("q", number);
        model.addAttribute("copNos", copNos);
        model.addAttribute("nothing", !number.isEmpty() && copNos.isEmpty());
        return "console/home";
    }

    @GetMapping("/console/inventories/{copNo}")
    String inventory(@PathVariable String copNo, Principal principal, Model model, HttpServletResponse response) {
        Person person = person(principal);
        Optional<InventoryLookup.Found> found = found(person, copNo);
        model.addAttribute("copNo", copNo);
        found.ifPresent(f -> model.addAttribute("found", f));
        found.ifPresent(f -> model.addAttribute("receipts", receipts.ofCopNo(person.orgCode(), copNo)));
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "console/not-found";
        }
        return "console/inventory";
    }

    /** A receipt's XML, as sent (downloaded with its type and cursor as the file's name); only the enterprise's. */
    @GetMapping("/console/receipts/{cursor}")
    ResponseEntity<String> receipt(@PathVariable long cursor, Principal principal) {
        Person person = person(principal);
        Receipt r = person.enterpriseCode().flatMap(code -> receipts.one(code, cursor))
                .orElseThrow(() -> Refusal.notFound("no receipt " + cursor + " of your enterprise"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(r.messageType() + "-" + r.cursor() + ".xml").build().toString())
                .body(r.xml());
    }

    @GetMapping("/console/password")
    String password() {
        return "console/password";
    }

    /** A person changes their own password: the current one, then the new one twice. */
    @PostMapping("/console/password")
    String changePassword(@RequestParam String current, @RequestParam String next, @RequestParam String repeat,
                          Principal principal, Model model) {
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
        return person.enterpriseCode().flatMap(code -> inventories.stream()
                .map(lookup -> lookup.byCopNo(code, copNo)).flatMap(Optional::stream).findFirst());
    }

    private Person person(Principal principal) {
        return people.find(principal.getName()).orElseThrow();
    }
}
