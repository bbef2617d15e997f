package dev.aura.plugins.automation.engine;

import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.steps.RunContext;
import dev.aura.plugins.automation.steps.StepFailure;
import dev.aura.plugins.automation.steps.StepResult;
import dev.aura.plugins.automation.steps.StepTemplates;
import java.util.LinkedHashMap;
import java.util.Map;

/** If/else: evaluates the expression and runs one branch. Output: {@code branch} ("then" or "else") and {@code result}. */
final class ConditionStep {
    private final StepTemplates templates;
    private final StepSequence sequence;

    ConditionStep(StepTemplates templates, StepSequence sequence) {
        this.templates = templates;
        this.sequence = sequence;
    }

    StepResult run(StepType.Condition condition, RunContext context, String prefix) {
        boolean result = templates.test(condition.expression(), context.scope());
        String error = sequence.run(result ? condition.then() : condition.otherwise(), context, prefix);
        if (error != null) {
            throw new StepFailure(error);
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("result", result);
        output.put("branch", result ? "then" : "else");
        return new StepResult(Map.of("expression", condition.expression()), output);
    }
}
