package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.cbec.app.clearance.GoodsReturned;
import org.cbec.app.clearance.InventoryCancelled;
import org.cbec.app.clearance.ReturnedGoodsArrived;
import org.cbec.app.customs.domain.ReturnWindow;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.cbec.app.customs.persistence.GuaranteeRepository;
import org.cbec.app.customs.persistence.QuotaRepository;
import org.cbec.app.customs.persistence.ReturnRepository;
import org.cbec.app.customs.persistence.StockRepository;
import org.cbec.app.customs.persistence.TaxRepository;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import static org.cbec.app.customs.domain.Money.fen;

/**
 * Undoes what customs counted and levied when clearance takes a cancellation or a return (cbec-rules.md §A.6), in
 * a transaction of its own once clearance's has committed (the event publication registry delivers it again after
 * a crash; each undo gives back only what is still counted, so twice is once). A cancelled
 * inventory gives back all it counted and its bill is void (status 3); a return, once its goods are back within
 * 45 days of release, gives back, line by line, the returned share of the line's dutiable value and of its taxes.
 * What the guarantor owed for the tax undone is freed from its guarantee, and bonded goods go back into the zone's
 * stock.
 */
@Component
class Undo {

    private final QuotaRepository quota;
    private final TaxRepository taxes;
    private final GuaranteeRepository guarantees;
    private final StockRepository stock;
    private final ReturnRepository returns;

    private final TransactionTemplate transaction;

    Undo(QuotaRepository quota, TaxRepository taxes, GuaranteeRepository guarantees, StockRepository stock,
         ReturnRepository returns, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.returns = returns;
        this.stock = stock;
        this.quota = quota;
        this.taxes = taxes;
        this.guarantees = guarantees;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(InventoryCancelled cancelled) {
        inTransaction("cancellation of " + cancelled.invtNo(), () -> all(cancelled.invtNo(), cancelled.at()));
    }

    private void inTransaction(String what, Runnable work) {
        Retries.inTransaction(transaction, "undoing the " + what, work);
    }

    /** Gives back all an inventory still counts and voids its bill (cancelled, rejected or returned by customs). */
    void all(String invtNo, java.time.Instant at) {
        stock.usage(invtNo).forEach(usage -> stock.putBack(usage, usage.qty().subtract(usage.returned()), "UNDONE",
                at));
        quota.usage(invtNo).ifPresent(usage -> quota.restore(usage, usage.amount().subtract(usage.restored())));
        taxes.bill(invtNo).filter(bill -> !"3".equals(bill.status())).ifPresent(bill -> {
            taxes.status(invtNo, "3", at);
            if (bill.total().signum() > 0 && !"2".equals(bill.status())) {
                guarantees.release(bill.assureCode(), bill.total(), "VOID", invtNo, at);
            }
        });
    }

    /** A return applied for: its lines wait for their goods. */
    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(GoodsReturned returned) {
        inTransaction("return " + returned.refundGuid(), () -> returns.pending(returned.refundGuid(),
                returned.invtNo(), returned.lines().stream().map(l -> new ReturnRepository.Pending(
                        returned.refundGuid(), returned.invtNo(), l.gnum(), l.qty())).toList(), returned.at()));
    }

    /** The goods of a return are back: within 45 days of release they undo quota and tax, later the tax stands. */
    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ReturnedGoodsArrived arrived) {
        inTransaction("return " + arrived.refundGuid() + " on its goods' arrival", () -> arrived(arrived));
    }

    private void arrived(ReturnedGoodsArrived arrived) {
        List<ReturnRepository.Pending> pending = returns.pendingOf(arrived.refundGuid());
        java.time.Instant releasedAt = taxes.bill(arrived.invtNo()).map(TaxBill::releasedAt).orElse(null);
        if (pending.isEmpty() || releasedAt == null) {
            return;
        }
        if (!ReturnWindow.goodsBackInTime(releasedAt, arrived.at())) {
            returns.decide(arrived.refundGuid(), "LAPSED", arrived.at());
            return;
        }
        undo(new GoodsReturned(null, null, arrived.invtNo(), arrived.refundGuid(), pending.stream()
                .map(p -> new GoodsReturned.Returned(p.gnum(), p.qty())).toList(), arrived.at()));
        returns.decide(arrived.refundGuid(), "DONE", arrived.at());
    }

    private void undo(GoodsReturned returned) {
        List<TaxBillLine> lines = taxes.lines(returned.invtNo());
        BigDecimal restored = BigDecimal.ZERO;
        for (GoodsReturned.Returned back : returned.lines()) {
            TaxBillLine line = lines.stream().filter(l -> l.gnum() == back.gnum()).findFirst().orElse(null);
            if (line == null) {
                continue;
            }
            BigDecimal left = line.qty().subtract(line.returnedQty());
            BigDecimal share = back.qty().divide(left, MathContext.DECIMAL64);
            // what is still levied on the line shrinks by the share that went back; the last unit takes the rest
            restored = restored.add(fen(line.dutiable().multiply(back.qty()).divide(line.qty(),
                    MathContext.DECIMAL64)));
            taxes.updateLine(returned.invtNo(), new TaxBillLine(line.gnum(), line.gcode(), line.qty(),
                    line.returnedQty().add(back.qty()), line.dutiable(), less(line.customsDuty(), share),
                    less(line.consumptionTax(), share), less(line.vat(), share)), returned.at());
        }
        BigDecimal amount = restored;
        for (GoodsReturned.Returned back : returned.lines()) {
            stock.usage(returned.invtNo()).stream().filter(u -> u.gnum() == back.gnum()).findFirst()
                    .ifPresent(usage -> stock.putBack(usage, back.qty(), "RETURN", returned.at()));
        }
        taxes.bill(returned.invtNo()).filter(bill -> "1".equals(bill.status())).ifPresent(bill -> {
            BigDecimal before = lines.stream().map(l -> l.customsDuty().add(l.consumptionTax()).add(l.vat()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal after = taxes.bill(returned.invtNo()).orElseThrow().total();
            if (before.compareTo(after) > 0) {
                guarantees.release(bill.assureCode(), before.subtract(after), "RETURN", returned.invtNo(),
                        returned.at());
            }
        });
        quota.usage(returned.invtNo()).ifPresent(usage -> quota.restore(usage,
                amount.min(usage.amount().subtract(usage.restored()))));
    }

    private static BigDecimal less(BigDecimal amount, BigDecimal share) {
        return amount.subtract(fen(amount.multiply(share)));
    }
}
