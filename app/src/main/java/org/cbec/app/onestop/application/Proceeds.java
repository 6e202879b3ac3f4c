package org.cbec.app.onestop.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.FxAllocation;
import org.cbec.app.onestop.domain.FxMatching;
import org.cbec.app.onestop.domain.FxReceipt;
import org.cbec.app.onestop.domain.LedgerAccount;
import org.cbec.app.onestop.domain.Posting;
import org.cbec.app.onestop.domain.TradeCodes;
import org.cbec.app.onestop.persistence.DeclarationRepository;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.onestop.persistence.ProceedsRepository;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export proceeds (收汇, 结汇): the banks the platform collects at notify each sum received from abroad, once per
 * bank reference (a replay is answered with what the first made); it is booked to the platform's bank and suspense,
 * matched to the orders it pays ({@link FxMatching}) and given to their sellers, or left for a person to match; each
 * seller's money is settled to CNY at the value date's published rate less the platform's fee, as soon as that rate
 * is published. Every movement is a ledger posting.
 */
@Service
public class Proceeds {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ProceedsRepository fx;
    private final OrderRepository orders;
    private final DeclarationRepository declarations;
    private final Ledger ledger;
    private final Finance finance;
    private final TradeCodes codes;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final FxMatching matching;
    private final BigDecimal feeShare;

    Proceeds(ProceedsRepository fx, OrderRepository orders, DeclarationRepository declarations, Ledger ledger,
             Finance finance, TradeCodes codes, TransactionTemplate transactions, Clock clock,
             @Value("${cbec.onestop.fx.tolerance:0.01}") BigDecimal tolerance,
             @Value("${cbec.onestop.fees.fx-share:0.002}") BigDecimal feeShare) {
        this.fx = fx;
        this.orders = orders;
        this.declarations = declarations;
        this.ledger = ledger;
        this.finance = finance;
        this.codes = codes;
        this.transactions = transactions;
        this.clock = clock;
        this.matching = new FxMatching(tolerance);
        this.feeShare = feeShare;
    }

    /** A bank's notification of money received. */
    public record Notification(String bankReference, String payerName, String payerCountry, String currency,
                               BigDecimal amount, LocalDate valueDate, String remittanceText, String accountNo) {
    }

    /** A notification as the platform took it: the receipt, whether it was a replay, its allocations. */
    public record Taken(FxReceipt receipt, boolean replay, List<FxAllocation> allocations) {
    }

    /** A person's allocation of money to an order. */
    public record Manual(long sellerId, String orderNo, BigDecimal amount) {
    }

    /** An order's money: what it charges (declared), what it received, what it awaits, and each allocation. */
    public record OrderProceeds(String orderNo, String currency, BigDecimal declared, BigDecimal received,
                                BigDecimal outstanding, List<FxAllocation> allocations) {
    }

    /** Files a bank the platform collects at: its token, shown once. */
    public String fileBank(String code, String name, String accountNo) {
        if (code == null || !code.matches("[A-Z0-9]{2,20}") || name == null || name.isBlank() || name.length() > 100
                || accountNo == null || !accountNo.matches("[0-9A-Z-]{4,40}")) {
            throw Refusal.invalid("invalid-bank", "code: 2 to 20 capitals or digits; name: 1 to 100 characters; "
                    + "accountNo: the platform's account at the bank, 4 to 40 digits, capitals or '-'");
        }
        String token = Tokens.generate();
        fx.insertBank(code, name, accountNo, Tokens.hash(token), clock.instant()).orElseThrow(() -> new Refusal(
                Refusal.Kind.CONFLICT, "bank-exists", "bank " + code + " is filed already"));
        return token;
    }

    @Transactional
    public Taken notified(String bankToken, Notification n) {
        ProceedsRepository.Bank bank = (bankToken == null ? Optional.<ProceedsRepository.Bank>empty()
                : fx.bankByToken(Tokens.hash(bankToken))).orElseThrow(() -> Refusal.unauthenticated("a bank's "
                + "token is required"));
        List<String> problems = problems(n, bank);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-notification", String.join("; ", problems));
        }
        Instant now = clock.instant();
        // amounts are kept to the currency's places (36.5 USD is 36.50)
        n = new Notification(n.bankReference(), n.payerName(), n.payerCountry(), n.currency(), n.amount().setScale(
                codes.currency(n.currency()).orElseThrow().places()), n.valueDate(), n.remittanceText(), n.accountNo());
        Optional<Long> id = fx.insertReceipt(bank.id(), n.bankReference(), n.payerName(), n.payerCountry(),
                n.currency(), n.amount(), n.valueDate(), n.remittanceText(), now);
        if (id.isEmpty()) {
            FxReceipt first = fx.receiptOf(bank.id(), n.bankReference()).orElseThrow();
            if (first.amount().compareTo(n.amount()) != 0 || !first.currency().equals(n.currency())) {
                throw new Refusal(Refusal.Kind.CONFLICT, "replay-differs", "bankReference " + n.bankReference()
                        + " was notified as " + first.currency() + " " + first.amount().toPlainString()
                        + "; a notification is not changed");
            }
            return new Taken(first, true, fx.allocationsOfReceipt(first.id()));
        }
        String key = "fx-receipt:" + bank.code() + ":" + n.bankReference();
        ledger.post(new Posting(key, "FX_RECEIVED", n.currency() + " " + n.amount().toPlainString() + " from "
                + n.payerName() + " (" + bank.code() + " " + n.bankReference() + ")", List.of(
                Posting.debit(Posting.PLATFORM, LedgerAccount.BANK, n.currency(), n.amount()),
                Posting.credit(Posting.PLATFORM, LedgerAccount.SUSPENSE, n.currency(), n.amount()))));
        List<String> numbers = tokens(n.remittanceText());
        FxMatching.Match match = matching.match(n.currency(), n.amount(), n.payerName(), n.remittanceText(),
                orders.open(n.currency(), numbers, Orders.buyer(n.payerName())).stream().map(o ->
                        new FxMatching.OpenOrder(o.id(), o.sellerId(), o.orderNo(), o.buyerName(), o.currency(),
                                o.outstanding())).toList());
        FxReceipt receipt = fx.receipt(id.get()).orElseThrow();
        for (FxMatching.Allocation a : match.allocations()) {
            allocate(receipt, a.orderId(), a.sellerId(), a.amount(), "MATCHED", now);
        }
        fx.matched(receipt.id(), match.unallocated(), match.how());
        // only this money: what waits for an unpublished rate is settled when the rate is published
        settle(fx.allocationsOfReceipt(receipt.id()));
        return new Taken(fx.receipt(receipt.id()).orElseThrow(), false, fx.allocationsOfReceipt(receipt.id()));
    }

    /** A person matches what is left of a receipt to orders. */
    @Transactional
    public Taken match(long receiptId, List<Manual> allocations) {
        FxReceipt receipt = fx.lockReceipt(receiptId).orElseThrow(() -> Refusal.notFound("no receipt "
                + receiptId));
        if (allocations == null || allocations.isEmpty()) {
            throw Refusal.invalid("invalid-match", "allocations: at least one {sellerId, orderNo, amount}");
        }
        BigDecimal left = receipt.unallocated();
        Instant now = clock.instant();
        int places = codes.currency(receipt.currency()).orElseThrow().places();
        for (int i = 0; i < allocations.size(); i++) {
            Manual m = allocations.get(i);
            String at = "allocations[" + (i + 1) + "].";
            if (m == null) {
                throw Refusal.invalid("invalid-match", "allocations[" + (i + 1) + "]: {sellerId, orderNo, amount}, "
                        + "not null");
            }
            OrderRepository.StoredOrder order = orders.find(m.sellerId(), m.orderNo()).filter(o ->
                    o.declaredNo() != null).orElseThrow(() -> Refusal.invalid("invalid-match", at + "orderNo: no "
                    + "booked order " + m.orderNo() + " of seller " + m.sellerId()));
            if (!Declaring.order(order).currency().equals(receipt.currency())) {
                throw Refusal.invalid("invalid-match", at + "orderNo: the order is not in " + receipt.currency());
            }
            if (m.amount() == null || m.amount().signum() <= 0 || m.amount().stripTrailingZeros().scale() > places
                    || m.amount().compareTo(left) > 0) {
                throw Refusal.invalid("invalid-match", at + "amount: above 0, at most the " + left.toPlainString()
                        + " left of the receipt");
            }
            allocate(receipt, order.id(), order.sellerId(), m.amount(), "PERSON", now);
            left = left.subtract(m.amount());
        }
        fx.matched(receipt.id(), left, "MANUAL");
        settle(fx.allocationsOfReceipt(receipt.id()));
        return new Taken(fx.receipt(receipt.id()).orElseThrow(), false, fx.allocationsOfReceipt(receipt.id()));
    }

    public List<FxReceipt> inStatus(String status, Integer page) {
        if (!List.of("MATCHED", "UNMATCHED").contains(status)) {
            throw Refusal.invalid("invalid-status", "status: MATCHED or UNMATCHED");
        }
        return Paging.of(page).read((offset, limit) -> fx.receiptsInStatus(status, offset, limit)).rows();
    }

    /** Publishes a day's rate of a currency (CNY per unit) with its source; what waited for it is settled. */
    public void publishRate(LocalDate day, String currency, BigDecimal rate, String source) {
        if (day == null || codes.currency(currency).isEmpty() || ExportOrder.CNY.equals(currency) || rate == null
                || rate.signum() <= 0 || rate.stripTrailingZeros().scale() > 6 || source == null || source.isBlank()
                || source.length() > 200) {
            throw Refusal.invalid("invalid-rate", "a day, a foreign currency of JGS-20, a rate above 0 to at most 6 "
                    + "places (CNY per unit), and its source");
        }
        fx.putRate(day, currency, rate, source, clock.instant());
        transactions.executeWithoutResult(tx -> settleDue());
    }

    /** Settles every allocation whose value date's rate is published (each once); the scheduler runs it too. */
    @Scheduled(fixedDelayString = "${cbec.onestop.fx.settle-poll:PT1M}")
    public void settleAll() {
        transactions.executeWithoutResult(tx -> settleDue());
    }

    private void settleDue() {
        settle(fx.unsettled(500));
    }

    /** Settles each allocation given whose value date's rate is published (each once). */
    private void settle(List<FxAllocation> allocations) {
        for (FxAllocation a : allocations) {
            if (a.settledAt() != null) {
                continue;
            }
            FxReceipt receipt = fx.receipt(a.receiptId()).orElseThrow();
            LocalDate day = receipt.valueDate();
            Optional<BigDecimal> rate = ExportOrder.CNY.equals(a.currency()) ? Optional.of(BigDecimal.ONE)
                    : fx.rate(day, a.currency()).map(r -> (BigDecimal) r[0]);
            if (rate.isEmpty()) {
                continue;
            }
            BigDecimal cny = a.amount().multiply(rate.get()).setScale(Posting.PLACES, RoundingMode.HALF_UP);
            BigDecimal fee = ExportOrder.CNY.equals(a.currency()) ? BigDecimal.ZERO.setScale(Posting.PLACES)
                    : cny.multiply(feeShare).setScale(Posting.PLACES, RoundingMode.HALF_UP);
            Instant now = clock.instant();
            if (!fx.settle(a.id(), day, rate.get(), cny, fee, now)) {
                continue;
            }
            String seller = Posting.seller(a.sellerId());
            List<Posting.Leg> legs = new ArrayList<>(List.of(
                    Posting.debit(seller, LedgerAccount.PROCEEDS, a.currency(), a.amount()),
                    Posting.credit(Posting.PLATFORM, LedgerAccount.FX_CLEARING, a.currency(), a.amount()),
                    Posting.debit(Posting.PLATFORM, LedgerAccount.FX_CLEARING, ExportOrder.CNY, cny),
                    Posting.credit(seller, LedgerAccount.BALANCE, ExportOrder.CNY, cny.subtract(fee))));
            if (fee.signum() > 0) {
                legs.add(Posting.credit(Posting.PLATFORM, LedgerAccount.FEE_INCOME, ExportOrder.CNY, fee));
            }
            String at = a.currency() + " " + a.amount().toPlainString() + " at " + rate.get().stripTrailingZeros()
                    .toPlainString();
            ledger.post(new Posting("fx-settlement:" + a.id(), "FX_SETTLED", at + " (" + day + ") = CNY "
                    + cny.toPlainString() + ", fee " + fee.toPlainString(), legs));
            declarations.event(a.orderId(), now, "PROCEEDS", "SETTLED", at + " = CNY " + cny.toPlainString()
                    + " less fee " + fee.toPlainString());
            finance.repayFrom(a.sellerId(), a.orderId(), null, "fx-settlement:" + a.id());
        }
    }

    public OrderProceeds ofOrder(long sellerId, String orderNo) {
        OrderRepository.StoredOrder order = orders.find(sellerId, orderNo).orElseThrow(() -> Refusal.notFound(
                "no order " + orderNo + " of yours"));
        BigDecimal[] money = orders.money(order.id());
        return new OrderProceeds(orderNo, Declaring.order(order).currency(), money[0], money[1],
                money[0].subtract(money[1]).max(BigDecimal.ZERO), fx.allocationsOfOrder(order.id()));
    }

    private void allocate(FxReceipt receipt, long orderId, long sellerId, BigDecimal amount, String by,
                          Instant now) {
        long id = fx.insertAllocation(receipt.id(), orderId, sellerId, receipt.currency(), amount, by, now);
        orders.received(orderId, amount);
        ledger.post(new Posting("fx-allocation:" + id, "FX_MATCHED", receipt.currency() + " "
                + amount.toPlainString() + " of " + receipt.bankReference() + " to order " + orderId, List.of(
                Posting.debit(Posting.PLATFORM, LedgerAccount.SUSPENSE, receipt.currency(), amount),
                Posting.credit(Posting.seller(sellerId), LedgerAccount.PROCEEDS, receipt.currency(), amount))));
        declarations.event(orderId, now, "PROCEEDS", "RECEIVED", receipt.currency() + " " + amount.toPlainString()
                + " from " + receipt.payerName() + " (" + by.toLowerCase(Locale.ROOT) + ")");
    }

    private List<String> problems(Notification n, ProceedsRepository.Bank bank) {
        List<String> problems = new ArrayList<>();
        if (n == null) {
            return List.of("the notification: a JSON object with bankReference, currency, amount ...");
        }
        if (n.bankReference() == null || !n.bankReference().matches("[A-Za-z0-9_/-]{1,60}")) {
            problems.add("bankReference: 1 to 60 letters, digits, '-', '_' or '/'");
        }
        if (n.payerName() == null || n.payerName().isBlank() || n.payerName().length() > 200) {
            problems.add("payerName: required, at most 200 characters");
        }
        if (n.payerCountry() != null && codes.country(n.payerCountry()).isEmpty()) {
            problems.add("payerCountry: '" + n.payerCountry() + "' is not a country code (JGS-20)");
        }
        var currency = codes.currency(n.currency());
        if (currency.isEmpty()) {
            problems.add("currency: '" + n.currency() + "' is not a currency code (JGS-20, e.g. 502 USD)");
        }
        if (n.amount() == null || n.amount().signum() <= 0 || currency.isPresent()
                && n.amount().stripTrailingZeros().scale() > currency.get().places()
                || n.amount() != null && n.amount().precision() - n.amount().scale() > ExportOrder.INTEGER_DIGITS) {
            problems.add("amount: above 0, to the currency's places");
        }
        if (n.valueDate() == null || n.valueDate().isAfter(LocalDate.now(clock.withZone(CHINA)).plusDays(1))) {
            problems.add("valueDate: the day the money is credited, not in the future");
        }
        if (n.remittanceText() != null && n.remittanceText().length() > 500) {
            problems.add("remittanceText: at most 500 characters");
        }
        if (!bank.accountNo().equals(n.accountNo())) {
            problems.add("accountNo: '" + n.accountNo() + "' is not the platform's account at " + bank.code()
                    + " (a notification for another platform)");
        }
        return problems;
    }

    /** The words of a remittance text that could be order numbers, upper case. */
    private static List<String> tokens(String remittance) {
        if (remittance == null) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String token : remittance.toUpperCase(Locale.ROOT).split("[^A-Z0-9_-]+")) {
            if (!token.isEmpty() && token.length() <= 30 && tokens.size() < 50) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
