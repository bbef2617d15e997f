package dev.aura.plugins.automation.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.automation.model.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --var NAME=VALUE} options, checked against the variables the workflow declares. */
final class RunVariables {
    private RunVariables() {}

    /** @throws CliFailure (usage) for an option without '=' or a name the workflow does not declare */
    static Map<String, String> parse(List<String> options, Workflow workflow, FlowsCliContext context) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw CliFailure.usage(context.text("cli.run.badVar", option));
            }
            String name = option.substring(0, eq).strip();
            if (!workflow.variables().containsKey(name)) {
                String declared = workflow.variables().isEmpty() ? context.text("cli.run.noVariables")
                        : String.join(", ", workflow.variables().keySet());
                throw CliFailure.usage(context.text("cli.run.unknownVar", name, workflow.name(), declared));
            }
            variables.put(name, option.substring(eq + 1));
        }
        return variables;
    }
}
