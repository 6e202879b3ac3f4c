package org.cbec.app.clearance.application;

import org.cbec.app.clearance.domain.ParcelDocumentType;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.intake.DocumentHandler;
import org.cbec.app.clearance.intake.Registration;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.schema.import202205.CEB311Message;
import org.cbec.ceb.schema.import202205.CEB411Message;
import org.cbec.ceb.schema.import202205.CEB511Message;
import org.cbec.ceb.schema.import202205.CEB513Message;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.schema.import202205.CEB623Message;
import org.cbec.ceb.schema.import202205.CEB625Message;
import org.cbec.ceb.schema.import202205.CEB711Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import message types intake takes, one registration each: the four documents of a parcel, compared again
 * after their message has committed, and the messages that follow a released inventory. The pre-entry number of
 * an inventory's receipts is the one it was first given; a cancellation's and a return's the inventory's; a site
 * entry's a new one; the other receipts carry none.
 */
@Configuration
class ImportHandlers {

    @Bean
    DocumentHandler<CEB311Message, ParcelDocuments.Order> ceb311(ParcelIntake parcels, ParcelComparison compared) {
        return Registration.of(MessageType.CEB311, CEB311Message.class, ImportDocuments::orders,
                (received, record, order, preNo) -> parcels.take(ParcelDocumentType.ORDER, received, record, order))
                .withAfterCommit(compared::recheck).withPrepare(r -> parcels.prepare(ParcelDocumentType.ORDER, r));
    }

    @Bean
    DocumentHandler<CEB411Message, ParcelDocuments.Payment> ceb411(ParcelIntake parcels, ParcelComparison compared) {
        return Registration.of(MessageType.CEB411, CEB411Message.class, ImportDocuments::payments,
                (received, record, payment, preNo) -> parcels.take(ParcelDocumentType.PAYMENT, received, record,
                        payment)).withAfterCommit(compared::recheck)
                .withPrepare(r -> parcels.prepare(ParcelDocumentType.PAYMENT, r));
    }

    @Bean
    DocumentHandler<CEB511Message, ParcelDocuments.Waybill> ceb511(ParcelIntake parcels, ParcelComparison compared) {
        return Registration.of(MessageType.CEB511, CEB511Message.class, ImportDocuments::waybills,
                (received, record, waybill, preNo) -> parcels.take(ParcelDocumentType.WAYBILL, received, record,
                        waybill)).withAfterCommit(compared::recheck)
                .withPrepare(r -> parcels.prepare(ParcelDocumentType.WAYBILL, r));
    }

    @Bean
    DocumentHandler<CEB621Message, ParcelDocuments.Inventory> ceb621(ParcelIntake parcels,
                                                                     ParcelComparison compared) {
        return Registration.of(MessageType.CEB621, CEB621Message.class, ImportDocuments::inventories,
                parcels::takeInventory).withPreNo(parcels::preNo).withAfterCommit(compared::recheck)
                .withPrepare(r -> parcels.prepare(ParcelDocumentType.INVENTORY, r));
    }

    @Bean
    DocumentHandler<CEB513Message, ParcelDocuments.WaybillStatus> ceb513(FollowUps followUps) {
        return Registration.of(MessageType.CEB513, CEB513Message.class, ImportDocuments::signedFor,
                followUps::signFor);
    }

    @Bean
    DocumentHandler<CEB623Message, ParcelDocuments.Cancellation> ceb623(FollowUps followUps) {
        return Registration.of(MessageType.CEB623, CEB623Message.class, ImportDocuments::cancellations,
                followUps::cancel).withPreNo(followUps::preNoOf);
    }

    @Bean
    DocumentHandler<CEB625Message, ParcelDocuments.Refund> ceb625(FollowUps followUps) {
        return Registration.of(MessageType.CEB625, CEB625Message.class, ImportDocuments::refunds,
                followUps::refund).withPreNo(followUps::preNoOf);
    }

    @Bean
    DocumentHandler<CEB711Message, ParcelDocuments.Delivery> ceb711(FollowUps followUps, ReceiptIssuer receipts) {
        return Registration.of(MessageType.CEB711, CEB711Message.class, ImportDocuments::deliveries,
                followUps::enter).withPreNo((record, now) -> receipts.newPreNo(now));
    }
}
