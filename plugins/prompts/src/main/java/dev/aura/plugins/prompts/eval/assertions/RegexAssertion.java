package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code regex}: the pattern is found anywhere in the output (JavaScript's {@code RegExp.test}, no flags; see
 * {@link JavaScriptRegex}). A run grades the same pattern for every output, so compiled patterns are kept.
 */
public final class RegexAssertion implements NegatableAssertion {
    private static final int MAX_CACHED = 1024;
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return "regex";
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        String source = AssertionValues.nonEmptyString(spec);
        return pattern(spec, source).matcher(context.output()).find() ? GradingResult.pass(spec, Reasons.PASSED)
                : GradingResult.fail(spec, "Expected output to match regex \"" + source + "\"");
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return "Expected output to not match regex \"" + AssertionValues.nonEmptyString(spec) + "\"";
    }

    private Pattern pattern(AssertionSpec spec, String source) {
        Pattern cached = compiled.get(source);
        if (cached != null) {
            return cached;
        }
        try {
            Pattern pattern = Pattern.compile(JavaScriptRegex.toJava(source));
            if (compiled.size() < MAX_CACHED) {
                compiled.put(source, pattern);
            }
            return pattern;
        } catch (PatternSyntaxException e) {
            throw new AssertionConfigException("Invalid regex pattern in \"" + spec.displayType() + "\": "
                    + e.getDescription() + " near index " + e.getIndex() + " of " + source
                    + ". Fix the pattern (escape special characters such as ( [ { with a backslash)", e);
        }
    }
}
