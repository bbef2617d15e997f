package dev.aura.plugins.prompts.eval.javascript;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.assertions.NegatableAssertion;
import dev.aura.plugins.prompts.eval.assertions.Reasons;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code javascript}: a script grades the output, as in promptfoo. A single line is an expression
 * ({@code output.includes('x')}); several lines are a function body that returns. The script sees {@code output} (the
 * output text) and {@code context} ({@code vars}, {@code prompt}, {@code test.vars}, {@code provider.id},
 * {@code providerResponse} with {@code output}, {@code cost}, {@code latencyMs}). It returns a boolean (the verdict), a
 * finite number (the score: passes when ≥ the threshold, or > 0 without one) or {@code {pass, score, reason}}. A
 * thrown error fails the assertion, in the {@code not-} form too. Scripts run in a {@link JavaScriptSandbox}: no Java,
 * no files, a time limit. Thread-safe.
 */
public final class JavaScriptAssertion implements NegatableAssertion {
    /** Long enough for any real check, short enough that an endless loop does not stall an evaluation. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(1);
    /** Strings built with repeat/padStart/padEnd/join stay below this many characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 10_000_000;
    private static final String CODE = "Custom function";

    private final Duration timeLimit;
    private final int maxStringLength;
    /** Built on the first javascript assertion graded: Rhino costs start-up time that suites without one never need. */
    private volatile JavaScriptSandbox sandbox;

    public JavaScriptAssertion() {
        this(DEFAULT_TIME_LIMIT);
    }

    public JavaScriptAssertion(Duration timeLimit) {
        this(timeLimit, DEFAULT_MAX_STRING_LENGTH);
    }

    public JavaScriptAssertion(Duration timeLimit, int maxStringLength) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The javascript assertion time limit must be positive");
        }
        if (maxStringLength <= 0) {
            throw new IllegalArgumentException("The javascript assertion string limit must be positive");
        }
        this.timeLimit = timeLimit;
        this.maxStringLength = maxStringLength;
    }

    private JavaScriptSandbox sandbox() {
        JavaScriptSandbox built = sandbox;
        if (built == null) {
            synchronized (this) {
                built = sandbox;
                if (built == null) {
                    built = new JavaScriptSandbox(timeLimit, maxStringLength);
                    sandbox = built;
                }
            }
        }
        return built;
    }

    @Override
    public String type() {
        return "javascript";
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        return evaluate(spec, context, false);
    }

    @Override
    public GradingResult gradeNegated(AssertionSpec spec, GradingContext context) {
        return evaluate(spec, context, true);
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return CODE + " returned true\n" + script(spec).stripTrailing();
    }

    /** promptfoo's verdict rules; {@code inverse} flips pass only, and a script that fails never passes. */
    private GradingResult evaluate(AssertionSpec spec, GradingContext context, boolean inverse) {
        String script = script(spec).stripTrailing();
        ScriptResult result;
        try {
            result = sandbox().run(FunctionBodies.of(script), context.output(), argument(context));
        } catch (ScriptFailure failure) {
            String reason = failure.trace().isEmpty() ? failure.getMessage()
                    : CODE + " threw error: " + failure.getMessage() + "\nStack Trace: " + failure.trace();
            return GradingResult.fail(spec, reason + "\n" + script);
        }
        return switch (result) {
            case ScriptResult.Verdict verdict -> {
                boolean pass = verdict.pass() != inverse;
                yield new GradingResult(spec, pass, pass ? 1 : 0,
                        pass ? Reasons.PASSED : returned(verdict.pass(), script));
            }
            case ScriptResult.Score score -> {
                Double threshold = spec.threshold();
                boolean rawPass = threshold == null ? score.score() > 0 : score.score() >= threshold;
                boolean pass = rawPass != inverse;
                yield new GradingResult(spec, pass, score.score(),
                        pass ? Reasons.PASSED : returned(rawPass, script));
            }
            // promptfoo keeps an object's own reason and score for both forms; only pass is inverted.
            case ScriptResult.Graded graded -> new GradingResult(spec, graded.pass() != inverse, graded.score(),
                    graded.reason());
            case ScriptResult.Unusable unusable -> GradingResult.fail(spec, CODE + " threw error: " + CODE
                    + " must return a boolean, a finite number, or a GradingResult object with finite scores and"
                    + " weights. Got type " + unusable.type() + ". Return true/false, a score, or"
                    + " {pass, score, reason}");
        };
    }

    private static String returned(boolean value, String script) {
        return CODE + " returned " + value + "\n" + script;
    }

    private static String script(AssertionSpec spec) {
        if (!(spec.value() instanceof String script) || script.isBlank()) {
            throw new AssertionConfigException("The javascript assertion needs its script as text in 'value' (for"
                    + " example output.includes('yes')); got " + (spec.value() == null ? "nothing"
                    : spec.value().getClass().getSimpleName()) + ". Write the script as the assertion's value");
        }
        return script;
    }

    /** promptfoo's assertion value context, limited to what an Aura evaluation knows. */
    private static Map<String, Object> argument(GradingContext context) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("output", context.output());
        putIfKnown(response, "cost", context.cost());
        putIfKnown(response, "latencyMs", context.latencyMs());
        Map<String, Object> argument = new LinkedHashMap<>();
        putIfKnown(argument, "prompt", context.prompt());
        argument.put("vars", context.vars());
        argument.put("test", Map.of("vars", context.vars()));
        argument.put("config", Map.of());
        if (context.model() != null) {
            argument.put("provider", Map.of("id", context.model()));
        }
        argument.put("providerResponse", response);
        return argument;
    }

    private static void putIfKnown(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
