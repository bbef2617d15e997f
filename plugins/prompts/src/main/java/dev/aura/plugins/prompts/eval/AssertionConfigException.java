package dev.aura.plugins.prompts.eval;

/** An assertion that cannot be evaluated as written (unknown type, wrong value); the message says how to fix it. */
public class AssertionConfigException extends RuntimeException {
    public AssertionConfigException(String message) {
        super(message);
    }

    public AssertionConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
