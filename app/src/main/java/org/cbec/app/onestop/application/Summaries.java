package org.cbec.app.onestop.application;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cbec.app.onestop.domain.AgencyDeclaration;
import org.cbec.app.onestop.persistence.DeclarationRepository;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly summary of the platform's released summary (B) inventories (CEB701, cbec-rules.md §B.3): each month's
 * released B orders, by their invtNo, in applications of at most {@link #PER_APPLICATION}, queued like any message;
 * the clearance platform merges them into export declarations (CEB702, CEB792), on which part 2 claims the refunds.
 * Run by the staff for a month, and by itself on the 1st (02:00 China time) for the month before, before the 15th's
 * deadline; an inventory is summarised once.
 */
@Service
public class Summaries {

    /** Invtnos per application: the XSD sets no bound; this keeps one message near 30 KB. */
    static final int PER_APPLICATION = 1000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final OrderRepository orders;
    private final DeclarationRepository declarations;
    private final ClearanceLink link;
    private final ClearanceSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Summaries(OrderRepository orders, DeclarationRepository declarations, ClearanceLink link, ClearanceSender sender,
              TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.declarations = declarations;
        this.link = link;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An application queued: its copNo and the orders in it. */
    public record Application(String copNo, List<String> invtNos) {
    }

    /** Summarises a month's released B orders not yet summarised; the applications queued. */
    public List<Application> summarise(YearMonth month) {
        if (month == null || month.isAfter(YearMonth.now(clock.withZone(CHINA)))) {
            throw Refusal.invalid("invalid-month", "month: yyyy-MM, not after this month");
        }
        return transactions.execute(tx -> queue(month));
    }

    private List<Application> queue(YearMonth month) {
        Instant start = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        List<OrderRepository.StoredOrder> released = orders.toSummarise(start, end);
        List<Application> queued = new ArrayList<>();
        Instant now = clock.instant();
        for (int from = 0; from < released.size(); from += PER_APPLICATION) {
            List<OrderRepository.StoredOrder> chunk = released.subList(from, Math.min(released.size(),
                    from + PER_APPLICATION));
            String copNo = "OSS" + month.toString().replace("-", "") + "-" + chunk.get(0).id();
            List<String> invtNos = chunk.stream().map(OrderRepository.StoredOrder::invtNo).toList();
            if (orders.summarised(chunk.stream().map(OrderRepository.StoredOrder::id).toList(), copNo)
                    != chunk.size()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "summarising", "the month " + month + " is being "
                        + "summarised at the same moment");
            }
            AgencyDeclaration declaration = new AgencyDeclaration(link.declarant(), now);
            declarations.queue(null, "SUMMARY", link.link().code(), new String(link.signed(declaration.summary(copNo,
                    start, end.minusSeconds(1), invtNos)), java.nio.charset.StandardCharsets.UTF_8), now);
            chunk.forEach(o -> declarations.event(o.id(), now, "SUMMARY", "QUEUED", "in summary application "
                    + copNo));
            queued.add(new Application(copNo, invtNos));
        }
        if (!queued.isEmpty()) {
            sender.wakeAfterCommit();
        }
        return queued;
    }

    @Scheduled(cron = "${cbec.onestop.summary-cron:0 0 2 1 * *}", zone = "Asia/Shanghai")
    public void lastMonth() {
        if (link.linked().isPresent()) {
            summarise(YearMonth.now(clock.withZone(CHINA)).minusMonths(1));
        }
    }
}
