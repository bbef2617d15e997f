package dev.aura.plugins.prompts.eval.template;

import com.hubspot.jinjava.interpret.CollectionTooBigException;
import com.hubspot.jinjava.interpret.OutputTooBigException;
import com.hubspot.jinjava.interpret.TemplateError;
import dev.aura.plugins.prompts.eval.TemplateException;
import java.util.EnumSet;
import java.util.Set;

/** Turns Jinjava's errors into {@link TemplateException}s that say where the problem is and what to do. */
public final class TemplateErrors {
    private static final Set<TemplateError.ErrorReason> TOO_BIG = EnumSet.of(TemplateError.ErrorReason.OUTPUT_TOO_BIG,
            TemplateError.ErrorReason.OVER_LIMIT, TemplateError.ErrorReason.COLLECTION_TOO_BIG);

    private final TemplateLimits limits;

    public TemplateErrors(TemplateLimits limits) {
        this.limits = limits;
    }

    /** For an error Jinjava reported in its render result. */
    public TemplateException from(TemplateError error) {
        int line = Math.max(0, error.getLineno());
        int column = Math.max(0, error.getStartPosition());
        Exception cause = error.getException();
        if (TOO_BIG.contains(error.getReason()) || isTooBig(cause) || isTimeout(cause)) {
            return limitReached(cause, line, column);
        }
        BoundedFilter.TooLargeException tooLarge = find(cause, BoundedFilter.TooLargeException.class);
        if (tooLarge != null) {
            return new TemplateException(where(line, column) + tooLarge.getMessage(), line, column, tooLarge);
        }
        return new TemplateException(where(line, column) + firstLine(error.getMessage())
                + ". Fix the template and render it again.", line, column, cause);
    }

    /** For an exception that escaped Jinjava's render. */
    public TemplateException from(RuntimeException thrown) {
        if (isTooBig(thrown) || isTimeout(thrown)) {
            return limitReached(thrown, 0, 0);
        }
        BoundedFilter.TooLargeException tooLarge = find(thrown, BoundedFilter.TooLargeException.class);
        if (tooLarge != null) {
            return new TemplateException("Template error: " + tooLarge.getMessage(), 0, 0, tooLarge);
        }
        return new TemplateException("Template error: " + firstLine(thrown.getMessage())
                + ". Fix the template and render it again.", 0, 0, thrown);
    }

    private TemplateException limitReached(Exception cause, int line, int column) {
        if (isTimeout(cause)) {
            return new TemplateException("The template took longer than " + limits.timeout().toMillis()
                    + " ms to render; make its loops smaller.", line, column, cause);
        }
        return new TemplateException("The rendered prompt is longer than " + limits.maxOutputChars()
                + " characters or builds too large a list; make its loops smaller.", line, column, cause);
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PromptInterpreter.RenderTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTooBig(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutputTooBigException || t instanceof CollectionTooBigException) {
                return true;
            }
        }
        return false;
    }

    private static String where(int line, int column) {
        if (line <= 0) {
            return "Template error: ";
        }
        return column > 0
                ? "Template error at line " + line + ", column " + column + ": "
                : "Template error at line " + line + ": ";
    }

    private static String firstLine(String message) {
        String text = message == null || message.isBlank() ? "unknown problem" : message.strip();
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline).strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
