package org.cbec.app.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.api.BearerToken;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.exchange.application.Credit;
import org.cbec.app.exchange.application.FxFigures;
import org.cbec.app.exchange.domain.CreditScore;
import org.cbec.app.exchange.domain.FxGap;
import org.cbec.app.registry.Registry;
import org.cbec.app.registry.Sender;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit and FX's figures: an enterprise reads its own score with each factor's weight and figures; departments
 * (and the operator) read every enterprise's, lowest first; FX lists the enterprises whose money differs from
 * what they declared.
 */
@RestController
class CreditController {

    private final Credit credit;
    private final FxFigures fx;
    private final DepartmentCaller departments;
    private final Registry registry;
    private final OperatorToken operator;

    CreditController(Credit credit, FxFigures fx, DepartmentCaller departments, Registry registry,
                     OperatorToken operator) {
        this.credit = credit;
        this.fx = fx;
        this.departments = departments;
        this.registry = registry;
        this.operator = operator;
    }

    /** An enterprise: its own score, now. A department or the operator: every scored enterprise, lowest first. */
    @GetMapping("/api/v1/exchange/credit")
    Map<String, Object> scores(@RequestParam(required = false) Integer page, HttpServletRequest request) {
        Optional<String> enterprise = enterprise(request);
        if (enterprise.isPresent()) {
            return Map.of("scores", List.of(credit.score(enterprise.get())));
        }
        requireOfficial(request);
        return Map.of("scores", Paging.of(page).read(credit::lowest).rows());
    }

    /** One enterprise's score: an enterprise may ask only its own (another's is not found). */
    @GetMapping("/api/v1/exchange/credit/{code}")
    CreditScore score(@PathVariable String code, HttpServletRequest request) {
        Optional<String> enterprise = enterprise(request);
        if (enterprise.isPresent() && !enterprise.get().equals(code)) {
            throw Refusal.notFound("no credit of " + code + " for you");
        }
        if (enterprise.isEmpty()) {
            requireOfficial(request);
        }
        return credit.score(code);
    }

    /** An enterprise's month as FX is shown it: the figures, the difference and its share of the declared value. */
    record GapJson(String enterprise, String month, String direction, long parcels, BigDecimal declaredValue,
                   BigDecimal paidValue, BigDecimal difference, BigDecimal differenceShare,
                   List<FxGap.PaymentCompany> payCodes) {
        static GapJson of(FxGap g) {
            return new GapJson(g.enterprise(), g.month(), g.direction(), g.parcels(), g.declaredValue(),
                    g.paidValue(), g.difference(), g.differenceShare(), g.payCodes());
        }
    }

    /** The enterprises over the FX gap in a month, with their figures per payment company. */
    @GetMapping("/api/v1/exchange/fx/gaps")
    Map<String, Object> gaps(@RequestParam String month, @RequestParam(required = false) String share,
                             HttpServletRequest request) {
        FxFigures.Gaps gaps = fx.gaps(departments.of(request), month, share);
        return Map.of("month", gaps.month(), "share", gaps.share(), "listed", gaps.listed().stream()
                .map(GapJson::of).toList());
    }

    private Optional<String> enterprise(HttpServletRequest request) {
        return registry.authenticate(BearerToken.of(request)).map(Sender::code);
    }

    private void requireOfficial(HttpServletRequest request) {
        if (!operator.isOperator(request)) {
            departments.of(request);
        }
    }
}
