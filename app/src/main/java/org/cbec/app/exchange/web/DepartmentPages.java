package org.cbec.app.exchange.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cbec.app.exchange.application.Credit;
import org.cbec.app.exchange.application.Datasets;
import org.cbec.app.exchange.application.FxFigures;
import org.cbec.app.exchange.application.Policies;
import org.cbec.app.exchange.application.Statistics;
import org.cbec.app.exchange.domain.SharingPolicy;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department's pages: the policies it reads under, each dataset a page at a time (as its policy shows it, each
 * read logged as over the API), the statistics with a chart, FX's gaps, and the enterprises' credit. The same
 * application services as the API, so the same rules: a dataset without a policy in force is refused.
 */
@Controller
@ConsolePage
class DepartmentPages {

    private static final int PAGE = 50;
    private static final JsonMapper CHART = JsonMapper.builder().build();

    private final People people;
    private final Policies policies;
    private final Datasets datasets;
    private final Statistics statistics;
    private final FxFigures fx;
    private final Credit credit;
    private final Clock clock;

    DepartmentPages(People people, Policies policies, Datasets datasets, Statistics statistics, FxFigures fx,
                    Credit credit, Clock clock) {
        this.people = people;
        this.policies = policies;
        this.datasets = datasets;
        this.statistics = statistics;
        this.fx = fx;
        this.credit = credit;
        this.clock = clock;
    }

    /** The department's policies in force: what it may read, for what, until when. */
    @GetMapping("/console/department")
    String home(Principal principal, Model model) {
        String department = department(people, principal);
        model.addAttribute("department", department);
        model.addAttribute("policies", inForce(department));
        return "console/department/home";
    }

    @GetMapping("/console/department/datasets/{name}")
    String dataset(@PathVariable String name, @RequestParam(defaultValue = "0") long after, Principal principal,
                   Model model) {
        String department = department(people, principal);
        Datasets.Page page = datasets.read(department, name, after, PAGE);
        SharingPolicy policy = inForce(department).stream().filter(p -> p.dataset().wireName().equals(name))
                .findFirst().orElseThrow();
        model.addAttribute("policy", policy);
        model.addAttribute("page", page);
        model.addAttribute("after", after);
        model.addAttribute("more", page.records().size() == PAGE);
        return "console/department/dataset";
    }

    @GetMapping("/console/department/statistics")
    String statistics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(defaultValue = "day") String by, @RequestParam(defaultValue = "mode") String group,
                      @RequestParam(required = false) String direction, @RequestParam(required = false) Integer top,
                      Principal principal, Model model) {
        department(people, principal);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        String first = blank(from) ? today.minusDays(29).toString() : from;
        String last = blank(to) ? today.toString() : to;
        String way = blank(direction) ? null : direction;
        Statistics.Report report = statistics.report(first, last, by, group, way, top);
        model.addAttribute("report", report);
        // the chart draws from the rows the table shows, handed over in a data attribute (no inline script)
        model.addAttribute("chartRows", CHART.writeValueAsString(report.rows()));
        model.addAttribute("direction", way);
        model.addAttribute("top", top);
        model.addAttribute("groups", List.of("mode", "direction", "enterprise", "chapter", "country", "none"));
        return "console/department/statistics";
    }

    @GetMapping("/console/department/statistics.csv")
    ResponseEntity<String> statisticsCsv(@RequestParam String from, @RequestParam String to,
                                         @RequestParam(defaultValue = "day") String by,
                                         @RequestParam(defaultValue = "mode") String group,
                                         @RequestParam(required = false) String direction,
                                         @RequestParam(required = false) Integer top, Principal principal) {
        department(people, principal);
        Statistics.Report report = statistics.report(from, to, by, group, blank(direction) ? null : direction, top);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                        "cbec-statistics-" + report.from() + "-" + report.to() + ".csv").build().toString())
                .body(Statistics.csv(report));
    }

    @GetMapping("/console/department/fx-gaps")
    String fxGaps(@RequestParam(required = false) String month, @RequestParam(required = false) String share,
                  Principal principal, Model model) {
        String department = department(people, principal);
        String asked = blank(month) ? YearMonth.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).toString()
                : month;
        model.addAttribute("gaps", fx.gaps(department, asked, blank(share) ? null : share));
        return "console/department/fx-gaps";
    }

    @GetMapping("/console/department/credit")
    String credit(@RequestParam(required = false) Integer page, Principal principal, Model model) {
        department(people, principal);
        model.addAttribute("scores", Paging.of(page).read(credit::lowest));
        return "console/department/credit";
    }

    @GetMapping("/console/department/credit/{code}")
    String creditOf(@PathVariable String code, Principal principal, Model model) {
        department(people, principal);
        model.addAttribute("score", credit.score(code));
        return "console/exchange/credit";
    }

    private List<SharingPolicy> inForce(String department) {
        return policies.all().stream().filter(p -> p.department().equals(department)
                && p.inForceAt(clock.instant())).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The signed-in person's department; a person of another kind is refused (the security chain does too). */
    static String department(People people, Principal principal) {
        return people.find(principal.getName()).flatMap(Person::departmentCode).orElseThrow(() -> Refusal
                .forbidden("not-a-department", "these pages are a department's"));
    }
}
