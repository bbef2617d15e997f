package dev.aura.plugins.prompts.eval.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;

/** {@code is-json}: the whole output is JSON (any value, as {@code JSON.parse}), valid against the value's schema. */
public final class IsJsonAssertion implements NegatableAssertion {
    private final JsonSchemas schemas = new JsonSchemas();

    @Override
    public String type() {
        return "is-json";
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        JsonNode parsed = JsonSupport.parseOrNull(context.output());
        if (parsed == null) {
            return GradingResult.fail(spec, "Expected output to be valid JSON");
        }
        if (JsonSchemas.hasSchema(spec)) {
            String errors = schemas.validator(spec).errors(parsed);
            if (errors != null) {
                return GradingResult.fail(spec, "JSON does not conform to the provided schema. Errors: " + errors);
            }
        }
        return GradingResult.pass(spec, Reasons.PASSED);
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return JsonSchemas.hasSchema(spec) ? "Output is JSON that conforms to the provided schema"
                : "Expected output to not be valid JSON";
    }
}
