package org.cbec.app.web;

import java.time.Clock;
import java.time.Duration;
import org.cbec.app.clearance.ClearanceFigures;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.registry.Registry;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's pages: the filed enterprises and their certificates, the console's people (and filing a new
 * one), and the platform's health: messages taken in per minute and the receipts waiting for webhook delivery.
 */
@Controller
@ConsolePage
class OperatorPages {

    /** How far back the health page counts messages. */
    static final Duration HEALTH_WINDOW = Duration.ofMinutes(60);

    private final Registry registry;
    private final People people;
    private final ClearanceFigures figures;
    private final Clock clock;

    OperatorPages(Registry registry, People people, ClearanceFigures figures, Clock clock) {
        this.registry = registry;
        this.people = people;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/console/operator/enterprises")
    String enterprises(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("shown", Paging.of(page).read(registry::filings));
        return "console/operator/enterprises";
    }

    @GetMapping("/console/operator/people")
    String people(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("shown", Paging.of(page).read(people::list));
        model.addAttribute("kinds", Person.Kind.values());
        model.addAttribute("now", clock.instant());
        return "console/operator/people";
    }

    /** Files a person; a refusal names the field and keeps what was typed, except the password. */
    @PostMapping("/console/operator/people")
    String file(@ModelAttribute People.Filing filing, RedirectAttributes redirect) {
        try {
            people.file(filing);
            redirect.addFlashAttribute("filed", filing.login());
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("refused", refusal.getMessage());
            redirect.addFlashAttribute("filing", new People.Filing(filing.login(), null, filing.kind(),
                    filing.orgCode(), filing.role(), filing.displayName()));
        }
        return "redirect:/console/operator/people";
    }

    @GetMapping("/console/operator/health")
    String health(Model model) {
        model.addAttribute("perMinute", figures.messagesPerMinute(clock.instant().minus(HEALTH_WINDOW)));
        model.addAttribute("webhooks", figures.webhooks());
        return "console/operator/health";
    }
}
