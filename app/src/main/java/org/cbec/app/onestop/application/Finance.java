package org.cbec.app.onestop.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cbec.app.onestop.domain.ClaimRecord;
import org.cbec.app.onestop.domain.CreditLine;
import org.cbec.app.onestop.domain.ExchangeRates;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.LedgerAccount;
import org.cbec.app.onestop.domain.Loan;
import org.cbec.app.onestop.domain.Posting;
import org.cbec.app.onestop.persistence.LedgerRepository;
import org.cbec.app.onestop.persistence.LoanRepository;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.onestop.persistence.RefundRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trade finance on a seller's credit line ({@link CreditLine}): order financing (up to 70 % of a released order's
 * value in CNY at the month's customs rate, due in 90 days ({@code cbec.onestop.finance.order-days}), repaid from the
 * order's proceeds as they are settled) and refund advances (up to 80 % of a claimed refund, due in 180 days,
 * {@code cbec.onestop.finance.refund-days}, repaid when the tax office pays). A seller's
 * drawdowns take turns on its loan account, so two racing for the last of a line cannot both have it; an overdue loan
 * stops new drawdowns. Interest accrues daily (actual/360) and is repaid before principal. All through the ledger.
 */
@Service
public class Finance {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final BigDecimal ORDER_SHARE = new BigDecimal("0.70");
    static final BigDecimal REFUND_SHARE = new BigDecimal("0.80");

    private final LoanRepository loans;
    private final OrderRepository orders;
    private final RefundRepository refunds;
    private final LedgerRepository accounts;
    private final Ledger ledger;
    private final ExchangeRates rates;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BigDecimal annualRate;
    private final int orderDays;
    private final int refundDays;

    Finance(LoanRepository loans, OrderRepository orders, RefundRepository refunds, LedgerRepository accounts,
            Ledger ledger, ExchangeRates rates, TransactionTemplate transactions, Clock clock,
            @Value("${cbec.onestop.finance.annual-rate:0.06}") BigDecimal annualRate,
            @Value("${cbec.onestop.finance.order-days:90}") int orderDays,
            @Value("${cbec.onestop.finance.refund-days:180}") int refundDays) {
        this.loans = loans;
        this.orders = orders;
        this.refunds = refunds;
        this.accounts = accounts;
        this.ledger = ledger;
        this.rates = rates;
        this.transactions = transactions;
        this.clock = clock;
        this.annualRate = annualRate;
        this.orderDays = orderDays;
        this.refundDays = refundDays;
    }

    /** A seller's line: the amount and its factors, what is used, what is left, what stops new drawdowns. */
    public record LineView(CreditLine.Line line, BigDecimal used, BigDecimal available, List<String> blocks) {
    }

    /** A drawdown asked for: ORDER_FINANCING on an order, or REFUND_ADVANCE on a claim, and how much (CNY). */
    public record Drawdown(String product, String orderNo, Long claimId, BigDecimal amount) {
    }

    public LineView line(long sellerId) {
        Instant since = clock.instant().minus(Duration.ofDays(183));
        long[] record = loans.ordersSince(sellerId, since);
        CreditLine.Line line = CreditLine.of(new CreditLine.Record(loans.settledSince(sellerId, since), record[0],
                record[1], null));
        List<Loan> active = loans.ofSeller(sellerId).stream().filter(l -> "ACTIVE".equals(l.status())).toList();
        BigDecimal used = active.stream().map(Loan::outstanding).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<String> blocks = active.stream().filter(l -> l.dueOn().isBefore(today)).map(l -> "loan " + l.id()
                + " was due on " + l.dueOn() + " (" + l.outstanding().toPlainString() + " outstanding)").toList();
        return new LineView(line, used, line.amount().subtract(used).max(BigDecimal.ZERO), blocks);
    }

    @Transactional
    public Loan draw(long sellerId, Drawdown drawdown) {
        if (drawdown == null || drawdown.amount() == null || drawdown.amount().signum() <= 0
                || drawdown.amount().stripTrailingZeros().scale() > 2) {
            throw Refusal.invalid("invalid-drawdown", "amount: above 0, CNY to the fen");
        }
        if (!"ORDER_FINANCING".equals(drawdown.product()) && !"REFUND_ADVANCE".equals(drawdown.product())) {
            throw Refusal.invalid("invalid-drawdown", "product: ORDER_FINANCING (with orderNo) or REFUND_ADVANCE "
                    + "(with claimId)");
        }
        // a seller's drawdowns take turns here: the second of two racing sees what the first used
        accounts.lock(Posting.seller(sellerId), LedgerAccount.LOAN, ExportOrder.CNY);
        LineView line = line(sellerId);
        if (!line.blocks().isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "overdue", "no new drawdown while a loan is overdue: "
                    + String.join("; ", line.blocks()));
        }
        if (drawdown.amount().compareTo(line.available()) > 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, "over-the-line", "CNY " + drawdown.amount().toPlainString()
                    + " is over the line: " + line.available().toPlainString() + " available of "
                    + line.line().amount().toPlainString());
        }
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        Long orderId = null;
        Long claimId = null;
        int days;
        if ("ORDER_FINANCING".equals(drawdown.product())) {
            OrderRepository.StoredOrder order = orders.find(sellerId, drawdown.orderNo() == null ? ""
                    : drawdown.orderNo()).orElseThrow(() -> Refusal.notFound("no order " + drawdown.orderNo()
                    + " of yours"));
            if (!List.of("RELEASED", "CLEARED").contains(order.status())) {
                throw new Refusal(Refusal.Kind.CONFLICT, "not-released", "order " + order.orderNo() + " is "
                        + order.status() + ": only a released order is financed");
            }
            BigDecimal[] money = orders.money(order.id());
            String currency = Declaring.order(order).currency();
            BigDecimal value = rates.cny(currency, money[0].subtract(money[1]), YearMonth.from(today)).orElseThrow(
                    () -> new Refusal(Refusal.Kind.CONFLICT, "no-rate", "no customs rate of " + currency));
            limit(drawdown.amount(), value.multiply(ORDER_SHARE), loans.lentAgainst(order.id(), null),
                    "70 % of what order " + order.orderNo() + " still awaits (CNY " + value.toPlainString() + ")");
            orderId = order.id();
            days = orderDays;
        } else {
            ClaimRecord claim = refunds.claim(drawdown.claimId() == null ? -1 : drawdown.claimId())
                    .filter(c -> c.sellerId() == sellerId).orElseThrow(() -> Refusal.notFound("no claim "
                    + drawdown.claimId() + " of yours"));
            if (!List.of("SUBMITTED", "APPROVED").contains(claim.status())) {
                throw new Refusal(Refusal.Kind.CONFLICT, "not-claimable", "claim " + claim.id() + " is "
                        + claim.status() + ": only a refund still to be paid is advanced");
            }
            BigDecimal claimed = claim.approved() == null ? claim.claimed() : claim.approved();
            limit(drawdown.amount(), claimed.multiply(REFUND_SHARE), loans.lentAgainst(null, claim.id()),
                    "80 % of the refund claimed (CNY " + claimed.toPlainString() + ")");
            claimId = claim.id();
            days = refundDays;
        }
        long id = loans.insert(sellerId, drawdown.product(), orderId, claimId, drawdown.amount(), annualRate, today,
                today.plusDays(days), clock.instant());
        String seller = Posting.seller(sellerId);
        ledger.post(new Posting("loan-drawn:" + id, "LOAN_DRAWN", drawdown.product() + " loan " + id + ": CNY "
                + drawdown.amount().toPlainString(), List.of(
                Posting.debit(seller, LedgerAccount.LOAN, ExportOrder.CNY, drawdown.amount()),
                Posting.credit(seller, LedgerAccount.BALANCE, ExportOrder.CNY, drawdown.amount()))));
        return loans.ofSeller(sellerId).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    private static void limit(BigDecimal amount, BigDecimal most, BigDecimal lent, String what) {
        BigDecimal left = most.setScale(2, RoundingMode.DOWN).subtract(lent);
        if (amount.compareTo(left) > 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, "over-the-limit", "CNY " + amount.toPlainString() + " is over "
                    + what + ": " + left.max(BigDecimal.ZERO).toPlainString() + " left to lend on it");
        }
    }

    public List<Loan> loans(long sellerId) {
        return loans.ofSeller(sellerId);
    }

    /** Accrues every active loan's interest day by day up to a day (each day once: its posting's key). */
    public int accrue(LocalDate to) {
        int posted = 0;
        for (Loan loan : loans.active()) {
            for (LocalDate day = loan.accruedTo().plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate d = day;
                BigDecimal interest = CreditLine.dailyInterest(loan.outstanding(), loan.annualRate());
                Boolean done = transactions.execute(tx -> {
                    boolean created = interest.signum() > 0 && ledger.post(new Posting("loan-interest:" + loan.id()
                            + ":" + d, "INTEREST", "loan " + loan.id() + " interest of " + d, List.of(
                            Posting.debit(Posting.seller(loan.sellerId()), LedgerAccount.INTEREST_DUE,
                                    ExportOrder.CNY, interest),
                            Posting.credit(Posting.PLATFORM, LedgerAccount.INTEREST_INCOME, ExportOrder.CNY,
                                    interest)))).created();
                    loans.accrued(loan.id(), created ? interest : BigDecimal.ZERO, d);
                    return created;
                });
                posted += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        }
        return posted;
    }

    @Scheduled(cron = "${cbec.onestop.finance.accrue-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    public void accrueYesterday() {
        accrue(LocalDate.now(clock.withZone(CHINA)).minusDays(1));
    }

    /**
     * Repays the seller's loans against an order or a claim from what the platform now owes the seller (inside the
     * caller's transaction, after the money was credited): interest first, then principal; {@code trigger} is the
     * posting that brought the money, so a repayment is posted once.
     */
    void repayFrom(long sellerId, Long orderId, Long claimId, String trigger) {
        String seller = Posting.seller(sellerId);
        for (Loan loan : loans.activeAgainst(sellerId, orderId, claimId)) {
            BigDecimal owed = accounts.balance(seller, LedgerAccount.BALANCE, ExportOrder.CNY).negate();
            if (owed.signum() <= 0) {
                return;
            }
            BigDecimal interest = owed.min(loan.interestDue());
            BigDecimal principal = owed.subtract(interest).min(loan.outstanding());
            if (interest.add(principal).signum() <= 0) {
                continue;
            }
            List<Posting.Leg> legs = new ArrayList<>();
            legs.add(Posting.debit(seller, LedgerAccount.BALANCE, ExportOrder.CNY, interest.add(principal)));
            if (interest.signum() > 0) {
                legs.add(Posting.credit(seller, LedgerAccount.INTEREST_DUE, ExportOrder.CNY, interest));
            }
            if (principal.signum() > 0) {
                legs.add(Posting.credit(seller, LedgerAccount.LOAN, ExportOrder.CNY, principal));
            }
            if (ledger.post(new Posting("loan-repaid:" + loan.id() + ":" + trigger, "LOAN_REPAID", "loan "
                    + loan.id() + " repaid from " + trigger + ": interest " + interest.toPlainString()
                    + ", principal " + principal.toPlainString(), legs)).created()) {
                loans.repaid(loan.id(), interest, principal);
            }
        }
    }
}
