package org.cbec.app.onestop.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cbec.app.onestop.domain.ClaimRecord;
import org.cbec.app.onestop.domain.FxAllocation;
import org.cbec.app.onestop.domain.Loan;
import org.cbec.app.onestop.domain.Posting;
import org.cbec.app.onestop.persistence.LedgerRepository;
import org.cbec.app.onestop.persistence.LoanRepository;
import org.cbec.app.onestop.persistence.ProceedsRepository;
import org.cbec.app.onestop.persistence.RefundRepository;
import org.springframework.stereotype.Service;

/**
 * A seller's statement of a month: the fees of its booked orders (part 1), the proceeds matched to its orders and
 * their conversions (rate, CNY, fee), its refund claims (claimed, approved, paid), its loans and the interest
 * accrued, every line of its ledger in the month, and its balances now. As JSON, CSV ({@link #csv}) and PDF.
 */
@Service
public class Statements {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Tracking tracking;
    private final ProceedsRepository fx;
    private final RefundRepository refunds;
    private final LoanRepository loans;
    private final LedgerRepository ledger;

    Statements(Tracking tracking, ProceedsRepository fx, RefundRepository refunds, LoanRepository loans,
               LedgerRepository ledger) {
        this.tracking = tracking;
        this.fx = fx;
        this.refunds = refunds;
        this.loans = loans;
        this.ledger = ledger;
    }

    /** The month's statement whole. */
    public record Full(Tracking.Statement fees, List<FxAllocation> proceeds, List<ClaimRecord> refunds,
                       List<Loan> loans, Map<String, BigDecimal> interestAccrued, List<LedgerRepository.Line> ledger,
                       List<LedgerRepository.Balance> balances) {
    }

    public Full of(long sellerId, YearMonth month) {
        Tracking.Statement fees = tracking.statement(sellerId, month);
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        List<LedgerRepository.Line> lines = ledger.lines(Posting.seller(sellerId), from, to);
        Map<String, BigDecimal> interest = new TreeMap<>();
        lines.stream().filter(l -> "INTEREST".equals(l.kind())).forEach(l -> interest.merge(l.currency(),
                l.amount(), BigDecimal::add));
        return new Full(fees, fx.allocationsOfSeller(sellerId, from, to), refunds.claims(sellerId).stream()
                .filter(c -> !c.submittedAt().isBefore(from) && c.submittedAt().isBefore(to)).toList(),
                loans.ofSeller(sellerId).stream().filter(l -> "ACTIVE".equals(l.status()) || !l.drawnOn()
                        .isBefore(month.atDay(1)) && l.drawnOn().isBefore(month.plusMonths(1).atDay(1))).toList(),
                interest, lines, ledger.balances(Posting.seller(sellerId)));
    }

    /** The statement as CSV: one section after another, each with its header row. */
    public String csv(Full statement) {
        List<String> rows = new ArrayList<>();
        rows.add("section,orderNo,status,currency,amount,rate,cny,fee,total");
        statement.fees().lines().forEach(l -> rows.add(String.join(",", "fees", l.orderNo(), l.status(),
                l.currency(), l.goodsValue().toPlainString(), "", l.logisticsFee().toPlainString(),
                l.declarationFee().toPlainString(), l.total().toPlainString())));
        statement.proceeds().forEach(a -> rows.add(String.join(",", "proceeds", Long.toString(a.orderId()),
                a.settledAt() == null ? "MATCHED" : "SETTLED", a.currency(), a.amount().toPlainString(),
                a.rate() == null ? "" : a.rate().stripTrailingZeros().toPlainString(), a.cnyAmount() == null ? ""
                        : a.cnyAmount().toPlainString(), a.fee() == null ? "" : a.fee().toPlainString(), "")));
        statement.refunds().forEach(c -> rows.add(String.join(",", "refund", c.entryId(), c.status(), "142",
                c.claimed().toPlainString(), "", c.approved() == null ? "" : c.approved().toPlainString(), "", "")));
        statement.loans().forEach(l -> rows.add(String.join(",", "loan", Long.toString(l.id()), l.status(), "142",
                l.principal().toPlainString(), l.annualRate().stripTrailingZeros().toPlainString(),
                l.outstanding().toPlainString(), l.interestDue().toPlainString(), "")));
        statement.ledger().forEach(l -> rows.add(String.join(",", "ledger", Long.toString(l.entryId()), l.kind(),
                l.currency(), l.amount().toPlainString(), "", "", "", l.account().name())));
        statement.balances().forEach(b -> rows.add(String.join(",", "balance", "", b.account().name(),
                b.currency(), b.balance().toPlainString(), "", "", "", "")));
        return String.join("\r\n", rows) + "\r\n";
    }
}
