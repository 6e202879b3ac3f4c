package org.cbec.app.onestop.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.onestop.domain.HeardReceipt;
import org.cbec.app.onestop.domain.SummaryResults;
import org.cbec.app.onestop.persistence.CarrierRepository;
import org.cbec.app.onestop.persistence.DeclarationRepository;
import org.cbec.app.onestop.persistence.ExportDeclarationRepository;
import org.cbec.app.onestop.persistence.LinkRepository;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.shared.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the clearance platform answers: receipts pushed to the platform's webhook, and pulled by cursor every
 * {@code cbec.onestop.pull-interval} as the fallback (the platform's own, and its carriers' waybill receipts with
 * the tokens they entrusted). Each receipt is applied once (the account's cursor), to the order it names: its
 * timeline, and where the order stands (an inventory's 800 releases it, 899 closes it, 100 or a failed check refuses
 * it). A receipt of the platform's that names nothing it sent is kept and reported; a carrier's receipts about its
 * other customers' waybills are none of the platform's business and are passed over.
 */
@Service
public class ClearanceReceipts {

    private static final int PAGE = 500;

    private final DeclarationRepository declarations;
    private final ExportDeclarationRepository exportDeclarations;
    private final OrderRepository orders;
    private final CarrierRepository carriers;
    private final LinkRepository links;
    private final ClearancePort clearance;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean pull;

    ClearanceReceipts(DeclarationRepository declarations, ExportDeclarationRepository exportDeclarations,
                      OrderRepository orders, CarrierRepository carriers,
                      LinkRepository links, ClearancePort clearance, TransactionTemplate transactions, Clock clock,
                      @Value("${cbec.onestop.pull:true}") boolean pull) {
        this.declarations = declarations;
        this.exportDeclarations = exportDeclarations;
        this.orders = orders;
        this.carriers = carriers;
        this.links = links;
        this.clearance = clearance;
        this.transactions = transactions;
        this.clock = clock;
        this.pull = pull;
    }

    /** A receipt that named nothing the platform sent, as the staff see it. */
    public record Unmatched(long id, String account, long cursor, String messageType, String reason, Instant at,
                            String xml) {
    }

    /** The receipts that matched nothing, newest first, a page. */
    public List<Unmatched> unmatched(Integer page) {
        return Paging.of(page).read(declarations::unmatched).rows().stream().map(u -> new Unmatched(u.id(),
                u.account(), u.cursor(), u.messageType(), u.reason(), u.at(), u.xml())).toList();
    }

    /** The outbox by state (QUEUED, SENT, REFUSED). */
    public java.util.Map<String, Long> outbox() {
        return declarations.counts();
    }

    /** A receipt pushed to the platform's webhook. */
    public void pushed(long cursor, String xml) {
        LinkRepository.Link link = links.link().orElseThrow(() -> new IllegalStateException("not linked"));
        take(link.code(), true, cursor, xml);
    }

    @Scheduled(fixedDelayString = "${cbec.onestop.pull-interval:PT15S}")
    public void pullAll() {
        if (!pull) {
            return;
        }
        links.link().ifPresent(link -> pull(link.code(), link.token(), true));
        for (CarrierRepository.StoredCarrier carrier : carriers.all()) {
            pull(carrier.code(), carrier.token(), false);
        }
    }

    private void pull(String account, String token, boolean own) {
        List<ClearancePort.Receipt> page;
        do {
            page = clearance.receipts(token, declarations.lastCursor(account), PAGE);
            for (ClearancePort.Receipt receipt : page) {
                take(account, own, receipt.cursor(), receipt.xml());
            }
        } while (page.size() == PAGE);
    }

    private void take(String account, boolean own, long cursor, String xml) {
        transactions.executeWithoutResult(tx -> {
            if (!declarations.advance(account, cursor)) {
                return;
            }
            Instant now = clock.instant();
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            List<SummaryResults.Declaration> declared = SummaryResults.read(bytes);
            if (!declared.isEmpty()) {
                declared(account, own, cursor, xml, declared, now);
                return;
            }
            List<HeardReceipt> heard = HeardReceipt.read(bytes);
            if (heard.isEmpty() && own) {
                declarations.unmatched(account, cursor, null, xml, "not a receipt of an order, payment, waybill, "
                        + "inventory or summary", now);
            }
            for (HeardReceipt receipt : heard) {
                if (!apply(receipt, now) && own) {
                    declarations.unmatched(account, cursor, receipt.messageType(), xml, "names no order the "
                            + "platform declared (orderNo " + receipt.orderNo() + ", logisticsNo "
                            + receipt.logisticsNo() + ", copNo " + receipt.copNo() + ")", now);
                }
            }
        });
    }

    /**
     * CEB792: the export declarations customs made of summarised inventories, kept line by line with their orders
     * (what refunds are claimed on), and on each order's timeline; one that names no inventory of the platform's is
     * kept as unmatched.
     */
    private void declared(String account, boolean own, long cursor, String xml,
                          List<SummaryResults.Declaration> results, Instant now) {
        boolean ours = false;
        for (SummaryResults.Declaration declaration : results) {
            List<Long> ordersOf = exportDeclarations.insert(declaration, now);
            ordersOf.forEach(id -> onTimeline(id, now, declaration));
            ours |= !ordersOf.isEmpty();
        }
        if (!ours && own) {
            declarations.unmatched(account, cursor, "CEB792", xml, "a summary result naming no inventory the "
                    + "platform declared (or heard already)", now);
        }
    }

    private void onTimeline(long orderId, Instant now, SummaryResults.Declaration declaration) {
        declarations.event(orderId, now, "SUMMARY", "DECLARED", "export declaration " + declaration.entryId()
                + " (sumNo " + declaration.sumNo() + ", declSeqNo " + declaration.declSeqNo() + ")");
    }

    /** Applies one receipt record to the order it names; false when it names none. */
    private boolean apply(HeardReceipt receipt, Instant now) {
        if ("CEB702".equals(receipt.messageType())) {
            return summarised(receipt, now);
        }
        Optional<OrderRepository.StoredOrder> found = switch (receipt.messageType()) {
            case "CEB304", "CEB404" -> orders.byDeclaredNo(receipt.orderNo());
            case "CEB506" -> orders.byWaybill(receipt.logisticsCode(), receipt.logisticsNo());
            case "CEB604" -> {
                long[] cop = Declaring.ofCopNo(receipt.copNo());
                yield cop == null ? Optional.empty() : orders.byId(cop[0])
                        .filter(o -> receipt.orderNo() == null || receipt.orderNo().equals(o.declaredNo()));
            }
            default -> Optional.empty();
        };
        if (found.isEmpty()) {
            return false;
        }
        OrderRepository.StoredOrder order = found.get();
        String status = receipt.returnStatus();
        String document = switch (receipt.messageType()) {
            case "CEB304" -> "ORDER";
            case "CEB404" -> "PAYMENT";
            case "CEB506" -> "WAYBILL";
            default -> "INVENTORY";
        };
        declarations.event(order.id(), now, document, status, receipt.returnInfo());
        boolean refusal = "100".equals(status) || status != null && status.startsWith("-");
        if (!"INVENTORY".equals(document)) {
            if (refusal) {
                orders.move(order.id(), List.of("DECLARING"), "REFUSED", null, null, now);
            }
            return true;
        }
        long[] cop = Declaring.ofCopNo(receipt.copNo());
        if (cop[1] != order.attempt()) {
            // an earlier attempt's inventory: its history, not where the order stands
            return true;
        }
        if (refusal) {
            orders.move(order.id(), List.of("DECLARING"), "REFUSED", status, receipt.invtNo(), now);
        } else if ("800".equals(status)) {
            orders.move(order.id(), List.of("DECLARING"), "RELEASED", status, receipt.invtNo(), now);
            orders.released(order.id(), now);
        } else if ("899".equals(status)) {
            orders.move(order.id(), List.of("DECLARING", "RELEASED"), "CLEARED", status, receipt.invtNo(), now);
        } else {
            orders.move(order.id(), List.of("DECLARING"), "DECLARING", status, receipt.invtNo(), now);
        }
        return true;
    }

    /** CEB702: the summary application's receipt, on the timeline of each order it summarised. */
    private boolean summarised(HeardReceipt receipt, Instant now) {
        List<Long> ids = orders.inSummary(receipt.copNo());
        String info = (receipt.sumNo() == null ? "" : "sumNo " + receipt.sumNo() + ": ") + receipt.returnInfo();
        ids.forEach(id -> declarations.event(id, now, "SUMMARY", receipt.returnStatus(), info));
        return !ids.isEmpty();
    }
}
