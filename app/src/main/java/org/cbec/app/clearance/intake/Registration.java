package org.cbec.app.clearance.intake;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cbec.ceb.MessageType;

/**
 * A {@link DocumentHandler} made of its parts: the reader of the message, what takes each record and, where the
 * receipt type has them, the pre-entry number and what runs after commit. How a module registers its message
 * types, one bean each.
 */
public record Registration<M, D>(MessageType type, Class<M> messageClass, Function<M, Declaration<D>> reader,
                                 Taker<D> taker, BiFunction<DeclaredRecord, Instant, String> preNos,
                                 AfterCommit afterCommits, Consumer<List<DeclaredRecord>> preparer)
        implements DocumentHandler<M, D> {

    /** Takes one declared record. */
    @FunctionalInterface
    public interface Taker<D> {
        void take(Received received, DeclaredRecord record, D document, String preNo);
    }

    /** Looks again at what a committed message touched. */
    @FunctionalInterface
    public interface AfterCommit {
        void run(List<Touched> touched, Instant now);
    }

    public static <M, D> Registration<M, D> of(MessageType type, Class<M> messageClass,
                                               Function<M, Declaration<D>> reader, Taker<D> taker) {
        return new Registration<>(type, messageClass, reader, taker, (record, now) -> null, (touched, now) -> {
        }, records -> { });
    }

    /** The same, whose receipts carry this pre-entry number. */
    public Registration<M, D> withPreNo(BiFunction<DeclaredRecord, Instant, String> preNo) {
        return new Registration<>(type, messageClass, reader, taker, preNo, afterCommits, preparer);
    }

    /** The same, running this once the message has committed. */
    public Registration<M, D> withAfterCommit(AfterCommit afterCommit) {
        return new Registration<>(type, messageClass, reader, taker, preNos, afterCommit, preparer);
    }

    /** The same, reading at once what taking a message's records looks up ({@link DocumentHandler#prepare}). */
    public Registration<M, D> withPrepare(Consumer<List<DeclaredRecord>> prepare) {
        return new Registration<>(type, messageClass, reader, taker, preNos, afterCommits, prepare);
    }

    @Override
    public Declaration<D> read(M message) {
        return reader.apply(message);
    }

    @Override
    public void prepare(List<DeclaredRecord> records) {
        preparer.accept(records);
    }

    @Override
    public String preNo(DeclaredRecord record, Instant now) {
        return preNos.apply(record, now);
    }

    @Override
    public void take(Received received, DeclaredRecord record, D document, String preNo) {
        taker.take(received, record, document, preNo);
    }

    @Override
    public void afterCommit(List<Touched> touched, Instant now) {
        afterCommits.run(touched, now);
    }
}
