package org.cbec.app.clearance.application;

import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.ReceiptStream;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.springframework.stereotype.Service;

/** The receipts an enterprise reads in the console: only its own. */
@Service
class EnterpriseReceipts implements ReceiptStream {

    private final ReceiptRepository receipts;

    EnterpriseReceipts(ReceiptRepository receipts) {
        this.receipts = receipts;
    }

    @Override
    public List<Receipt> ofCopNo(String enterprise, String copNo) {
        return receipts.ofCopNo(enterprise, copNo, 200);
    }

    @Override
    public Optional<Receipt> one(String enterprise, long cursor) {
        return receipts.one(enterprise, cursor);
    }
}
