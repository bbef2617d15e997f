package dev.aura.plugins.prompts.promptfoo;

import java.nio.file.Path;

/** A promptfoo config (or a file it references) that cannot be read; the message names the file and, when known, the line and column. */
public class PromptfooImportException extends RuntimeException {
    private final transient Path file;
    private final int line;
    private final int column;

    public PromptfooImportException(Path file, int line, int column, String message, Throwable cause) {
        super(format(file, line, column, message), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public PromptfooImportException(Path file, String message) {
        this(file, -1, -1, message, null);
    }

    private static String format(Path file, int line, int column, String message) {
        String where = file == null ? "" : file + (line > 0 ? ":" + line + ":" + column : "") + ": ";
        return where + message;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}
