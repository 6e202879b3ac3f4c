package org.cbec.ceb;

/**
 * The library itself cannot work: an official XSD or a binding cannot be loaded. Never the sender's fault, so it is
 * thrown rather than reported as an error of the message: a platform answers it as its own failure and keeps the
 * message for a retry.
 */
public class CebSetupException extends IllegalStateException {

    public CebSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
