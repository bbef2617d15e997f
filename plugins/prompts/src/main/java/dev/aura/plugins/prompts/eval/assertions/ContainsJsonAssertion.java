package dev.aura.plugins.prompts.eval.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.List;

/**
 * {@code contains-json}: some object inside the output (prose or a code fence around it is fine); with a schema, at
 * least one of the objects found must be valid against it.
 */
public final class ContainsJsonAssertion implements NegatableAssertion {
    private final JsonSchemas schemas = new JsonSchemas();

    @Override
    public String type() {
        return "contains-json";
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        List<JsonNode> objects = JsonSupport.objectsIn(context.output());
        if (objects.isEmpty()) {
            return GradingResult.fail(spec, "Expected output to contain valid JSON");
        }
        if (!JsonSchemas.hasSchema(spec)) {
            return GradingResult.pass(spec, Reasons.PASSED);
        }
        JsonSchemas.Validator validator = schemas.validator(spec);
        String lastErrors = null;
        for (JsonNode object : objects) {
            lastErrors = validator.errors(object);
            if (lastErrors == null) {
                return GradingResult.pass(spec, Reasons.PASSED);
            }
        }
        return GradingResult.fail(spec, "JSON does not conform to the provided schema. Errors: " + lastErrors);
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return JsonSchemas.hasSchema(spec) ? "Output contains JSON conforming to the provided schema"
                : "Expected output to not contain valid JSON";
    }
}
