package org.cbec.app.clearance.intake;

import java.time.Instant;
import java.util.List;
import org.cbec.ceb.MessageType;

/**
 * One message type intake takes: how its records are read out of the typed message, which pre-entry number their
 * receipts carry, and what is done with each record. A handler is a bean; intake finds it by its type, so a message
 * type is added by one handler and its registration, and a type without one is refused as not taken.
 *
 * @param <M> the message's class, generated from the XSD
 * @param <D> the document each of its records is read into
 */
public interface DocumentHandler<M, D> {

    MessageType type();

    Class<M> messageClass();

    Declaration<D> read(M message);

    /** The pre-entry number (preNo) the record's receipts carry; null for the receipt types without one. */
    default String preNo(DeclaredRecord record, Instant now) {
        return null;
    }

    /**
     * Reads at once, in the transaction that stores the message and before its records are taken one by one, what
     * taking them will look up: a statement or two for the message instead of a few for each record.
     */
    default void prepare(List<DeclaredRecord> records) {
    }

    /** Takes a declared record (appStatus 2), inside the transaction that stores the message. */
    void take(Received received, DeclaredRecord record, D document, String preNo);

    /**
     * Runs once the message has committed, with what its records touched: two documents of one set committed at
     * the same moment by two messages do not see each other inside them, and each looks again after.
     */
    default void afterCommit(List<Touched> touched, Instant now) {
    }
}
