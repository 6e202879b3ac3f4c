package org.cbec.app.clearance.intake;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cbec.ceb.MessageType;

/**
 * A {@link DocumentHandler} made of its parts: the reader of the message, what takes each record and, where the
 * receipt type has them, the pre-entry number and what runs after commit. How a module registers its message
 * types, one bean each.
 */
public record Registration<M, D>(MessageType type, Class<M> messageClass, Function<M, Declaration<D>> reader,
                                 Taker<D> taker, BiFunction<DeclaredRecord, Instant, String> preNos,
                                 AfterCommit afterCommits) implements DocumentHandler<M, D> {

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
        });
    }

    /** The same, whose receipts carry this pre-entry number. */
    public Registration<M, D> withPreNo(BiFunction<DeclaredRecord, Instant, String> preNo) {
        return new Registration<>(type, messageClass, reader, taker, preNo, afterCommits);
    }

    /** The same, running this once the message has committed. */
    public Registration<M, D> withAfterCommit(AfterCommit afterCommit) {
        return new Registration<>(type, messageClass, reader, taker, preNos, afterCommit);
    }

    @Override
    public Declaration<D> read(M message) {
        return reader.apply(message);
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
