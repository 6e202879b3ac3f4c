package org.cbec.app.onestop.domain;

import java.util.ArrayList;
import java.util.List;
import org.cbec.ceb.CebMessage;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.ReadOptions;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.schema.export202205.CEB304Message;
import org.cbec.ceb.schema.export202205.CEB404Message;
import org.cbec.ceb.schema.export202205.CEB506Message;
import org.cbec.ceb.schema.export202205.CEB604Message;
import org.cbec.ceb.schema.export202205.CEB702Message;

/**
 * One record of a receipt the clearance platform sent the platform (CEB304 order, CEB404 payment, CEB506 waybill,
 * CEB604 inventory, CEB702 summary): the keys it names and its status and text.
 */
public record HeardReceipt(String messageType, String orderNo, String logisticsCode, String logisticsNo, String copNo,
                           String invtNo, String sumNo, String returnStatus, String returnInfo) {

    private static final CebReader READER = new CebReader(ReadOptions.lenientOptions());

    /** The records of a receipt; empty when it is not one of the receipts above (the caller keeps it). */
    public static List<HeardReceipt> read(byte[] xml) {
        ReadResult read = READER.read(xml);
        if (!read.isOk()) {
            return List.of();
        }
        CebMessage message = read.message();
        List<HeardReceipt> heard = new ArrayList<>();
        switch (message.type()) {
            case CEB304 -> message.body(CEB304Message.class).getOrderReturn().forEach(r -> heard.add(new HeardReceipt(
                    "CEB304", r.getOrderNo(), null, null, null, null, null, r.getReturnStatus(), r.getReturnInfo())));
            case CEB404 -> message.body(CEB404Message.class).getReceiptsReturn().forEach(r -> heard.add(
                    new HeardReceipt("CEB404", r.getOrderNo(), null, null, null, null, null, r.getReturnStatus(),
                            r.getReturnInfo())));
            case CEB506 -> message.body(CEB506Message.class).getLogisticsReturn().forEach(r -> heard.add(
                    new HeardReceipt("CEB506", null, r.getLogisticsCode(), r.getLogisticsNo(), null, null, null,
                            r.getReturnStatus(), r.getReturnInfo())));
            case CEB604 -> message.body(CEB604Message.class).getInventoryReturn().forEach(r -> heard.add(
                    new HeardReceipt("CEB604", r.getOrderNo(), null, null, r.getCopNo(), r.getInvtNo(), null,
                            r.getReturnStatus(), r.getReturnInfo())));
            case CEB702 -> message.body(CEB702Message.class).getSummaryReturn().forEach(r -> heard.add(
                    new HeardReceipt("CEB702", null, null, null, r.getCopNo(), null, r.getSumNo(), r.getReturnStatus(),
                            r.getReturnInfo())));
            default -> {
                // another message: kept by the caller as not matching anything sent
            }
        }
        return heard;
    }
}
