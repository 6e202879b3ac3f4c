package org.cbec.app.clearance;

import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.domain.Receipt;

/** An enterprise's receipts as its people read them: those of an inventory, and one with its XML. */
public interface ReceiptStream {

    /** The enterprise's receipts about this inventory (copNo), oldest first; at most 200. */
    List<Receipt> ofCopNo(String enterprise, String copNo);

    /** One of the enterprise's receipts by its cursor; empty when it is another's or none. */
    Optional<Receipt> one(String enterprise, long cursor);
}
