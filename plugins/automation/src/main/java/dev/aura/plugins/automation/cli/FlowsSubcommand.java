package dev.aura.plugins.automation.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.api.cli.PluginSubcommand;
import dev.aura.plugins.automation.InvalidWorkflowException;
import dev.aura.plugins.automation.runs.PermissionsNotConfirmed;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.yaml.WorkflowFileException;

/** Common ground of {@code aura flows ...}: the plugin's texts, and its failures already written for the user. */
abstract class FlowsSubcommand extends PluginSubcommand {
    static final String BUNDLE = "dev.aura.plugins.automation.messages";

    protected final FlowsCliContext context;

    FlowsSubcommand(FlowsCliContext context) {
        this.context = context;
    }

    @Override
    protected String text(String key, Object... args) {
        return context.text(key, args);
    }

    @Override
    protected boolean expected(RuntimeException e) {
        return e instanceof WorkflowFileException || e instanceof InvalidWorkflowException
                || e instanceof PermissionsNotConfirmed;
    }

    /** The latest version of the named workflow, or a failure saying how to see the names. */
    protected FlowVersion requireFlow(String name) {
        return context.services().flows().latestByName(name)
                .orElseThrow(() -> CliFailure.failed(text("cli.noFlow", name)));
    }
}
