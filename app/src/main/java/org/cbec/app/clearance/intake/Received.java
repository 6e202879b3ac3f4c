package org.cbec.app.clearance.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a handler is given with each record of a message it takes: who sent it, in which message type, the
 * receipt type its records are answered in, when it arrived, and where to note the documents it touched, which
 * its handler looks at again once the message has committed ({@link DocumentHandler#afterCommit}).
 */
public final class Received {

    private final String sender;
    private final String messageType;
    private final String receiptType;
    private final Instant at;
    private final List<Touched> touched = new ArrayList<>();

    public Received(String sender, String messageType, String receiptType, Instant at) {
        this.sender = sender;
        this.messageType = messageType;
        this.receiptType = receiptType;
        this.at = at;
    }

    public String sender() {
        return sender;
    }

    /** The message type the record came in, e.g. CEB621. */
    public String messageType() {
        return messageType;
    }

    public String receiptType() {
        return receiptType;
    }

    public Instant at() {
        return at;
    }

    public void touched(Touched key) {
        touched.add(key);
    }

    public List<Touched> touched() {
        return List.copyOf(touched);
    }

    /** Forgets what a try of the transaction touched, before it is run again. */
    public void retry() {
        touched.clear();
    }
}
