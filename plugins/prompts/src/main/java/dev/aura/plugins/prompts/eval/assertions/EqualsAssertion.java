package dev.aura.plugins.prompts.eval.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.List;
import java.util.Map;

/**
 * {@code equals}: the output equals the value exactly; when the value is an object or a list, the output is parsed as
 * JSON and compared deeply (numbers by value, as JavaScript compares them).
 */
public final class EqualsAssertion implements NegatableAssertion {
    @Override
    public String type() {
        return "equals";
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        boolean equal;
        if (isStructured(spec.value())) {
            JsonNode output = JsonSupport.parseOrNull(context.output());
            equal = output != null && JsonSupport.deepEquals(JsonSupport.toTree(spec.value()), output);
        } else {
            equal = expected(spec).equals(context.output());
        }
        return equal ? GradingResult.pass(spec, Reasons.PASSED) : GradingResult.fail(spec,
                "Expected output \"" + context.output() + "\" to equal \"" + expected(spec) + "\"");
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return "Expected output \"" + context.output() + "\" to not equal \"" + expected(spec) + "\"";
    }

    private static boolean isStructured(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>;
    }

    private static String expected(AssertionSpec spec) {
        Object value = spec.value();
        if (value == null) {
            throw new AssertionConfigException("The \"" + spec.displayType()
                    + "\" assertion has no value: set its value to the expected output");
        }
        return isStructured(value) ? JsonSupport.compact(value) : Reasons.text(value);
    }
}
