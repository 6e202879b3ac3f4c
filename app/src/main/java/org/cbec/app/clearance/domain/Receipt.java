package org.cbec.app.clearance.domain;

/** A receipt written for an enterprise, in the order it pulls them (cursor), with its XML. */
public record Receipt(long cursor, String enterprise, String messageType, String guid, String orderNo,
                      String logisticsNo, String copNo, String invtNo, String returnStatus, String returnInfo,
                      String returnTime, String xml) {
}
