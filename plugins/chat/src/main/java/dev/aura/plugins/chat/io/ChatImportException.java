package dev.aura.plugins.chat.io;

/**
 * A file that cannot be imported, saying what is wrong and where: a JSON line and column for syntax errors, a JSON
 * path ({@code conversations[3].messages[0].parentId}) for content errors. Thrown before anything is saved.
 */
public final class ChatImportException extends RuntimeException {
    private final String file;
    private final String where;
    private final String problem;

    public ChatImportException(String where, String problem) {
        this(null, where, problem, null);
    }

    public ChatImportException(String file, String where, String problem, Throwable cause) {
        super(message(file, where, problem), cause);
        this.file = file;
        this.where = where;
        this.problem = problem;
    }

    /** The same error, told about the file it came from. */
    public ChatImportException inFile(String fileName) {
        return new ChatImportException(fileName, where, problem, getCause() == null ? this : getCause());
    }

    /** Where in the file: "line 3, column 7", a JSON path, or null for the file as a whole. */
    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }

    public String file() {
        return file;
    }

    private static String message(String file, String where, String problem) {
        StringBuilder text = new StringBuilder("Cannot import");
        if (file != null) {
            text.append(' ').append(file);
        }
        if (where != null) {
            text.append(" at ").append(where);
        }
        return text.append(": ").append(problem).append(". Nothing was imported; fix the file or export it again.")
                .toString();
    }
}
