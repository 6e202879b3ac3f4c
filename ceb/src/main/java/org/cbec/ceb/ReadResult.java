package org.cbec.ceb;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a message: either the message, or the errors that stop it. Never an exception for
 * anything a sender can put in the bytes.
 *
 * @param type   the message type when the root element could be recognised, even if the message is invalid, so
 *               that a CEB900 receipt can name it
 */
public record ReadResult(CebMessage message, List<CebError> errors, MessageType type) {

    public ReadResult {
        errors = List.copyOf(errors);
        if ((message == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a result holds either a message or errors");
        }
    }

    public static ReadResult ok(CebMessage message) {
        return new ReadResult(message, List.of(), message.type());
    }

    public static ReadResult failed(MessageType type, List<CebError> errors) {
        return new ReadResult(null, errors, type);
    }

    public boolean isOk() {
        return message != null;
    }

    public Optional<MessageType> detectedType() {
        return Optional.ofNullable(type);
    }

    /** The message; throws {@link CebFormatException} with the errors when there is none. */
    public CebMessage orThrow() {
        if (message == null) {
            throw new CebFormatException(errors);
        }
        return message;
    }
}
