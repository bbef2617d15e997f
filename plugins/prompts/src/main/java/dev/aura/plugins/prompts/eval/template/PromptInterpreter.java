package dev.aura.plugins.prompts.eval.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * A Jinjava interpreter that prints maps and lists as JSON (Jinjava would print Java's {@code {a=1}}) and carries
 * the deadline of the render it belongs to, checked before every node.
 */
public final class PromptInterpreter extends JinjavaInterpreter {
    private final long deadlineNanos;

    private PromptInterpreter(Jinjava jinjava, Context context, JinjavaConfig config, long deadlineNanos) {
        super(jinjava, context, config);
        this.deadlineNanos = deadlineNanos;
    }

    private PromptInterpreter(JinjavaInterpreter parent, long deadlineNanos) {
        super(parent);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public String getAsString(Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return JsonValues.toJson(value);
        }
        if (value instanceof JinjavaInterpreter) {
            return ""; // Jinjava's own handle on the render, reachable by a reserved name; not a template value
        }
        return super.getAsString(value);
    }

    /** @throws RenderTimeoutException once the render has run past its time limit */
    public void checkDeadline() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new RenderTimeoutException();
        }
    }

    /** Creates {@link PromptInterpreter}s whose renders end after {@code timeout}. */
    public static InterpreterFactory factory(Duration timeout) {
        long timeoutNanos = timeout.toNanos();
        return new InterpreterFactory() {
            @Override
            public JinjavaInterpreter newInstance(JinjavaInterpreter parent) {
                long deadline = parent instanceof PromptInterpreter prompt
                        ? prompt.deadlineNanos
                        : System.nanoTime() + timeoutNanos;
                return new PromptInterpreter(parent, deadline);
            }

            @Override
            public JinjavaInterpreter newInstance(Jinjava jinjava, Context context, JinjavaConfig config) {
                return new PromptInterpreter(jinjava, context, config, System.nanoTime() + timeoutNanos);
            }
        };
    }

    /** Thrown from inside a render that took too long; Jinjava may wrap it, so callers look for it as a cause. */
    public static final class RenderTimeoutException extends RuntimeException {
        RenderTimeoutException() {
            super("template render time limit reached", null, false, false);
        }
    }
}
