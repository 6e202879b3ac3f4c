package org.cbec.app.export.application;

import org.cbec.app.clearance.intake.DocumentHandler;
import org.cbec.app.clearance.intake.Receipts;
import org.cbec.app.clearance.intake.Registration;
import org.cbec.app.export.domain.ExportDocuments;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.schema.export202205.CEB213Message;
import org.cbec.ceb.schema.export202205.CEB215Message;
import org.cbec.ceb.schema.export202205.CEB303Message;
import org.cbec.ceb.schema.export202205.CEB403Message;
import org.cbec.ceb.schema.export202205.CEB505Message;
import org.cbec.ceb.schema.export202205.CEB507Message;
import org.cbec.ceb.schema.export202205.CEB509Message;
import org.cbec.ceb.schema.export202205.CEB603Message;
import org.cbec.ceb.schema.export202205.CEB605Message;
import org.cbec.ceb.schema.export202205.CEB607Message;
import org.cbec.ceb.schema.export202205.CEB701Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The export message types intake takes, one registration each. The documents of a set are compared again after
 * their message has committed. An inventory's receipts carry the pre-entry number it was first given; those of
 * the arrival, departure, cancellation, master bill, summary, return and tally a new one; the others none.
 */
@Configuration
class ExportHandlers {

    @Bean
    DocumentHandler<CEB303Message, ExportDocuments.Order> ceb303(ExportIntake intake, ExportClearance clearance) {
        return Registration.of(MessageType.CEB303, CEB303Message.class, ExportDeclarations::orders,
                (received, record, order, preNo) -> intake.take(ExportDocumentStore.ORDER, received, record, order))
                .withAfterCommit(clearance::recheck).withPrepare(r -> intake.prepare(ExportDocumentStore.ORDER, r));
    }

    @Bean
    DocumentHandler<CEB403Message, ExportDocuments.Receipt> ceb403(ExportIntake intake, ExportClearance clearance) {
        return Registration.of(MessageType.CEB403, CEB403Message.class, ExportDeclarations::receipts,
                (received, record, receipt, preNo) -> intake.take(ExportDocumentStore.RECEIPT, received, record,
                        receipt)).withAfterCommit(clearance::recheck)
                .withPrepare(r -> intake.prepare(ExportDocumentStore.RECEIPT, r));
    }

    @Bean
    DocumentHandler<CEB505Message, ExportDocuments.Waybill> ceb505(ExportIntake intake, ExportClearance clearance) {
        return Registration.of(MessageType.CEB505, CEB505Message.class, ExportDeclarations::waybills,
                (received, record, waybill, preNo) -> intake.take(ExportDocumentStore.WAYBILL, received, record,
                        waybill)).withAfterCommit(clearance::recheck)
                .withPrepare(r -> intake.prepare(ExportDocumentStore.WAYBILL, r));
    }

    @Bean
    DocumentHandler<CEB603Message, ExportDocuments.Inventory> ceb603(ExportIntake intake,
                                                                     ExportClearance clearance) {
        return Registration.of(MessageType.CEB603, CEB603Message.class, ExportDeclarations::inventories,
                intake::takeInventory).withPreNo(intake::preNo).withAfterCommit(clearance::recheck)
                .withPrepare(r -> intake.prepare(ExportDocumentStore.INVENTORY, r));
    }

    @Bean
    DocumentHandler<CEB507Message, ExportDocuments.WaybillMovement> ceb507(ExportFollowUps followUps,
                                                                           Receipts receipts) {
        return Registration.of(MessageType.CEB507, CEB507Message.class, ExportDeclarations::arrivals,
                followUps::move).withPreNo((record, now) -> receipts.newPreNo(now));
    }

    @Bean
    DocumentHandler<CEB509Message, ExportDocuments.WaybillMovement> ceb509(ExportFollowUps followUps,
                                                                           Receipts receipts) {
        return Registration.of(MessageType.CEB509, CEB509Message.class, ExportDeclarations::departures,
                followUps::move).withPreNo((record, now) -> receipts.newPreNo(now));
    }

    @Bean
    DocumentHandler<CEB605Message, ExportDocuments.Cancellation> ceb605(ExportIntake intake, Receipts receipts) {
        return Registration.of(MessageType.CEB605, CEB605Message.class, ExportDeclarations::cancellations,
                intake::cancel).withPreNo((record, now) -> receipts.newPreNo(now));
    }

    @Bean
    DocumentHandler<CEB607Message, ExportDocuments.MasterBill> ceb607(ExportFollowUps followUps,
                                                                      Receipts receipts) {
        return Registration.of(MessageType.CEB607, CEB607Message.class, ExportDeclarations::masterBills,
                followUps::masterBill).withPreNo((record, now) -> receipts.newPreNo(now));
    }

    @Bean
    DocumentHandler<CEB701Message, ExportDocuments.SummaryApplication> ceb701(ExportSummaries summaries,
                                                                              Receipts receipts) {
        return Registration.of(MessageType.CEB701, CEB701Message.class, ExportDeclarations::summaryApplications,
                summaries::apply).withPreNo((record, now) -> receipts.newPreNo(now));
    }

    @Bean
    DocumentHandler<CEB213Message, ExportDocuments.ReturnApplication> ceb213(ExportFollowUps followUps,
                                                                             Receipts receipts) {
        return Registration.of(MessageType.CEB213, CEB213Message.class, ExportDeclarations::returns,
                followUps::returnGoods).withPreNo((record, now) -> receipts.newPreNo(now));
    }

    @Bean
    DocumentHandler<CEB215Message, ExportDocuments.Tally> ceb215(ExportFollowUps followUps, Receipts receipts) {
        return Registration.of(MessageType.CEB215, CEB215Message.class, ExportDeclarations::tallies,
                followUps::tally).withPreNo((record, now) -> receipts.newPreNo(now));
    }
}
