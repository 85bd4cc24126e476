package com.homeservices.dw.warehouse;

/**
 * A failure the operator can act on, told in one sentence (a missing file, a locked warehouse, a wrong setting).
 * The command line prints the message alone; anything else is a bug and shows its stack trace under --verbose.
 */
public class DwException extends RuntimeException {

    public DwException(String message) {
        super(message);
    }

    public DwException(String message, Throwable cause) {
        super(message, cause);
    }
}
