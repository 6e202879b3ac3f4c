package org.cbec.app.clearance.intake;

import java.util.List;

/**
 * A message as intake reads it: its transmitter (BaseTransfer/copCode), its guid, whether it carries a signature,
 * and its records, each with its document ({@code documents.get(i)} is the document of {@code records.get(i)}).
 */
public record Declaration<D>(String copCode, String guid, boolean signed, List<DeclaredRecord> records,
                             List<D> documents) {

    public Declaration {
        records = List.copyOf(records);
        documents = List.copyOf(documents);
        if (records.size() != documents.size()) {
            throw new IllegalArgumentException(records.size() + " records but " + documents.size() + " documents");
        }
    }
}
