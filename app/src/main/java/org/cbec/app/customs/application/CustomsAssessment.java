package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.cbec.app.clearance.InventoryCompared.Line;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.customs.domain.Limits;
import org.cbec.app.customs.domain.LineTax;
import org.cbec.app.customs.domain.RiskCheck;
import org.cbec.app.customs.domain.StockItem;
import org.cbec.app.customs.domain.Tariff;
import org.cbec.app.customs.domain.TariffTable;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.cbec.app.customs.domain.TaxCalculator;
import org.cbec.app.customs.domain.Verdict;
import org.cbec.app.customs.persistence.GuaranteeRepository;
import org.cbec.app.customs.persistence.QuotaRepository;
import org.cbec.app.customs.persistence.ReviewRepository;
import org.cbec.app.customs.persistence.StockRepository;
import org.cbec.app.customs.persistence.TaxRepository;
import org.cbec.app.export.ExportInventoryCompared;
import org.springframework.stereotype.Service;
import static org.cbec.app.customs.domain.Money.plain;

/**
 * Customs' decision on a compared import inventory, in the order of cbec-rules.md §H: the single-transaction
 * limit (refused with -621005 unless one indivisible item), the tax of each line from the tariff table, the
 * buyer's annual quota (refused with -621018, counted atomically), the guarantor's guarantee (refused with 100
 * when it does not cover the tax), the zone's stock for bonded goods (refused with 100 when short), then the risk
 * rules ({@link RiskRules}): an
 * inventory they hit is taken in and opens a review case (300) naming each hit; the rest is released. What a check
 * counted or charged before a later one refused is taken back by the caller, which runs this in a savepoint.
 */
@Service
class CustomsAssessment {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TariffTable tariffs;
    private final QuotaRepository quota;
    private final TaxRepository taxes;
    private final RiskRules rules;
    private final ReviewRepository reviews;
    private final GuaranteeRepository guarantees;
    private final GuaranteeCharges charges;
    private final StockRepository stock;
    private final DoubleSupplier random;

    CustomsAssessment(TariffTable tariffs, QuotaRepository quota, TaxRepository taxes, RiskRules rules,
                      ReviewRepository reviews, GuaranteeRepository guarantees, GuaranteeCharges charges,
                      StockRepository stock) {
        this.stock = stock;
        this.charges = charges;
        this.guarantees = guarantees;
        this.tariffs = tariffs;
        this.quota = quota;
        this.taxes = taxes;
        this.rules = rules;
        this.reviews = reviews;
        this.random = () -> ThreadLocalRandom.current().nextDouble();
    }

    Verdict assess(InventoryCompared declared) {
        String invtNo = declared.invtNo();
        List<BigDecimal> dutiable = TaxCalculator.dutiable(declared.lines().stream().map(Line::totalPrice).toList(),
                declared.freight(), declared.insuredFee());
        BigDecimal value = dutiable.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Limits.Single single = Limits.single(value, declared.lines().size(), declared.lines().get(0).qty());
        if (single == Limits.Single.ABOVE) {
            return Verdict.refuse(Limits.OVER_SINGLE_LIMIT, "清单[" + declared.copNo() + "]的购买金额超过单笔限额["
                    + plain(Limits.SINGLE_TRANSACTION) + "]: dutiable value " + plain(value) + " (goods, freight and "
                    + "insurance) in " + declared.lines().size() + " lines; only one indivisible item may exceed it");
        }
        boolean fullTax = single == Limits.Single.INDIVISIBLE_ABOVE;
        List<String> problems = new ArrayList<>();
        List<TaxBillLine> taxed = new ArrayList<>();
        List<RiskCheck.Line> checked = new ArrayList<>();
        for (int i = 0; i < declared.lines().size(); i++) {
            Line line = declared.lines().get(i);
            Optional<Tariff> tariff = tariffs.find(line.gcode());
            checked.add(new RiskCheck.Line(line.gnum(), line.gcode(), line.qty(), line.price(), tariff));
            if (tariff.isEmpty()) {
                continue;
            }
            try {
                LineTax tax = TaxCalculator.tax(tariff.get(), new TaxCalculator.Line(line.gnum(), dutiable.get(i),
                        line.qty(), line.qty1(), line.unit1()), fullTax);
                taxed.add(new TaxBillLine(line.gnum(), line.gcode(), line.qty(), BigDecimal.ZERO,
                        tax.dutiable(), tax.customsDuty(), tax.consumptionTax(), tax.vat()));
            } catch (IllegalArgumentException e) {
                problems.add("TAX: " + e.getMessage());
            }
        }
        int year = declared.at().atZone(CHINA).getYear();
        Optional<BigDecimal> used = quota.count(declared.buyerIdNumber(), year, value, Limits.ANNUAL);
        if (used.isPresent()) {
            return Verdict.refuse(Limits.OVER_ANNUAL_LIMIT, Limits.annualRefusal(declared.copNo(),
                    declared.buyerIdNumber(), used.get(), value).orElseThrow());
        }
        BigDecimal computed = taxed.stream().map(l -> l.customsDuty().add(l.consumptionTax()).add(l.vat()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<String> unbacked = backing(declared);
        if (unbacked.isPresent()) {
            return Verdict.refuse("100", "海关退单: " + unbacked.get());
        }
        Optional<String> uncovered = charge(declared.assureCode(), computed, invtNo, declared.at());
        if (uncovered.isPresent()) {
            return Verdict.refuse("100", "海关退单: " + uncovered.get());
        }
        Optional<String> noStock = takeStock(declared, invtNo);
        if (noStock.isPresent()) {
            return Verdict.refuse("100", "海关退单: " + noStock.get());
        }
        quota.recordUsage(new QuotaRepository.Usage(declared.agentCode(), declared.copNo(), invtNo,
                declared.buyerIdNumber(), year, value, BigDecimal.ZERO), declared.at());
        List<String> capped = checked.stream().filter(l -> l.tariff().map(Tariff::maxQtyPerYear).isPresent())
                .map(RiskCheck.Line::gcode).distinct().toList();
        List<String> hits = new ArrayList<>(RiskCheck.hits(rules.current(), new RiskCheck.Subject(
                List.of(declared.ebpCode(), declared.ebcCode(), declared.agentCode()), declared.buyerIdNumber(),
                checked, quota.goods(declared.buyerIdNumber(), year, capped), declared.orderTaxTotal(), computed),
                random));
        hits.addAll(problems);
        for (String hs : capped) {
            quota.addGoods(declared.buyerIdNumber(), year, hs, checked.stream().filter(l -> hs.equals(l.gcode()))
                    .map(RiskCheck.Line::qty).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        TaxBill bill = new TaxBill(invtNo, declared.agentCode(), declared.copNo(), declared.orderNo(),
                declared.ebpCode(), declared.assureCode(), declared.buyerIdNumber(), fullTax,
                sum(taxed, TaxBillLine::customsDuty), sum(taxed, TaxBillLine::consumptionTax),
                sum(taxed, TaxBillLine::vat), "1", declared.at(), null, null, null);
        if (hits.isEmpty()) {
            // released at take-in: the bill is written numbered and released, not updated so after
            taxes.insert(bill.released(TaxBills.number(invtNo), declared.at()), taxed);
            return Verdict.release();
        }
        taxes.insert(bill, taxed);
        reviews.open(invtNo, declared.agentCode(), declared.copNo(), hits, declared.at());
        return Verdict.review(hits);
    }

    /**
     * Bonded goods (1210/1239) leave the zone's stock: each line takes its quantity from its account-book item
     * (cbec-rules.md §B.2, §H.11: no stock, no release); empty when every line was in stock, otherwise which was
     * not. Taken at take-in, so that goods under review are not sold twice; a refusal, cancellation or return
     * puts them back.
     */
    private Optional<String> takeStock(InventoryCompared declared, String invtNo) {
        if (!declared.bonded()) {
            return Optional.empty();
        }
        for (Line line : declared.lines()) {
            if (!stock.take(invtNo, line.gnum(), declared.emsNo(), line.itemRecordNo(), line.qty(), declared.at())) {
                BigDecimal inStock = stock.item(declared.emsNo(), line.itemRecordNo())
                        .map(StockItem::qty).orElse(BigDecimal.ZERO);
                // the book's figures are its keeper's: the declarant hears only that its line is not covered
                return Optional.of("库存不足: account book " + declared.emsNo() + " item " + line.itemRecordNo()
                        + " does not hold the " + line.qty().stripTrailingZeros().toPlainString() + " that gnum "
                        + line.gnum() + " takes");
            }
        }
        return Optional.empty();
    }

    /** The rules that look at an export list: the import ones read the positive list, buyers, quota and tax. */
    private static final java.util.Set<String> EXPORT_RULES = java.util.Set.of(
            org.cbec.app.customs.domain.RiskRule.BLOCKED_ENTERPRISE,
            org.cbec.app.customs.domain.RiskRule.RANDOM_REVIEW);

    Verdict assessExport(ExportInventoryCompared declared) {
        String invtNo = declared.invtNo();
        List<String> hits = RiskCheck.hits(rules.current().stream().filter(r -> EXPORT_RULES.contains(r.code()))
                .toList(), new RiskCheck.Subject(java.util.stream.Stream.of(declared.ebpCode(), declared.ebcCode(),
                        declared.ownerCode(), declared.agentCode()).filter(java.util.Objects::nonNull).toList(), null,
                        List.of(), java.util.Map.of(), BigDecimal.ZERO, BigDecimal.ZERO), random);
        if (hits.isEmpty()) {
            return Verdict.release();
        }
        reviews.open(invtNo, declared.agentCode(), declared.copNo(), hits, declared.at());
        return Verdict.review(hits);
    }

    /**
     * A guarantor backs only whom it agreed to back: the inventory's declarant (agentCode) or its e-commerce
     * enterprise (ebcCode), filed by the operator or the guarantor; an e-commerce enterprise that is the guarantor
     * backs its own inventories without more. Empty when the guarantor backs this list.
     */
    private Optional<String> backing(InventoryCompared declared) {
        String assureCode = declared.assureCode();
        // without a guarantee on file the charge says so; whom it backs matters once there is one
        if (assureCode == null || assureCode.equals(declared.ebcCode()) || charges.find(assureCode).isEmpty()
                || guarantees.backs(assureCode, declared.ebcCode())
                || guarantees.backs(assureCode, declared.agentCode())) {
            return Optional.empty();
        }
        return Optional.of("担保企业未同意担保: assureCode " + assureCode + " has not agreed to back the declarant "
                + declared.agentCode() + " or the e-commerce enterprise " + declared.ebcCode()
                + " (a guarantor files whom it backs: PUT /api/v1/customs/guarantees/{assureCode}/backed/{code})");
    }

    /**
     * Charges the tax to the guarantor's guarantee (cbec-rules.md §A.6: no guarantee, no release); empty when
     * covered, otherwise why not. A list without tax owes nothing.
     */
    private Optional<String> charge(String assureCode, BigDecimal tax, String invtNo, java.time.Instant at) {
        if (tax.signum() == 0 || charges.charge(assureCode, tax, invtNo, at)) {
            return Optional.empty();
        }
        // the guarantor's figures are its own: the declarant is told only that they do not cover its list
        return Optional.of(charges.find(assureCode).map(g -> "担保额度不足: the guarantee of assureCode "
                + assureCode + " does not cover the tax of this list, " + plain(tax))
                .orElse("no tax guarantee is filed for assureCode " + assureCode));
    }

    private static BigDecimal sum(List<TaxBillLine> lines,
                                  java.util.function.Function<TaxBillLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
