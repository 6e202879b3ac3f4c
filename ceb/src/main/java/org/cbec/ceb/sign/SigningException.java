package org.cbec.ceb.sign;

/** A message could not be signed: not XML, or the key does not fit the algorithm. */
public class SigningException extends Exception {
    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
