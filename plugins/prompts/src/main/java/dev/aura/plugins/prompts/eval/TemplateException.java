package dev.aura.plugins.prompts.eval;

/** A prompt template that does not parse or render; {@code line} and {@code column} are 1-based, 0 when unknown. */
public class TemplateException extends RuntimeException {
    private final int line;
    private final int column;

    public TemplateException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
