package org.cbec.ceb;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown only where a caller asked for it ({@link ReadResult#orThrow()}, {@link CebWriter}): carries the errors. */
public class CebFormatException extends RuntimeException {

    private final transient List<CebError> errors;

    public CebFormatException(List<CebError> errors) {
        super(errors.stream().map(CebError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<CebError> errors() {
        return errors;
    }
}
