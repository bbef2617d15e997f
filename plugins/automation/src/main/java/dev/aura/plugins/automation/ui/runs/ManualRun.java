package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.runs.PermissionChange;
import dev.aura.plugins.automation.runs.PermissionsNotConfirmed;
import dev.aura.plugins.automation.store.FlowVersion;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The Run button's steps: confirm permissions when they are new or grew, ask for the variables, start the run and
 * show it. Each step reads or writes the store in the background; cancelling a dialog ends it quietly.
 */
final class ManualRun {
    private final RunsViewModel model;
    private final AutomationServices services;
    private final Messages messages;
    private final Background background;
    private final String stylesheet;

    ManualRun(RunsViewModel model, String stylesheet) {
        this.model = model;
        this.services = model.services();
        this.messages = model.messages();
        this.background = model.background();
        this.stylesheet = stylesheet;
    }

    void start(String flowId, Window owner) {
        background.run(messages.text("runs.job.prepare"), job -> new Prepared(
                services.flows().latest(flowId).orElseThrow(() -> new IllegalStateException(
                        messages.text("runs.error.noWorkflow"))),
                services.runs().permissionsToConfirm(flowId)), prepared -> {
            if (prepared.change().isPresent()) {
                new PermissionDialog(prepared.change().get(), messages, stylesheet).show(owner, allowed -> {
                    if (allowed) {
                        confirmThenAsk(prepared.version(), owner);
                    }
                });
            } else {
                askVariables(prepared.version(), owner);
            }
        }, failure -> model.showMessage(messages.text("runs.error.start", Background.describe(failure))));
    }

    private void confirmThenAsk(FlowVersion version, Window owner) {
        background.run(messages.text("runs.job.permissions"), job -> {
            services.runs().confirmPermissions(version.flowId());
            return version;
        }, confirmed -> askVariables(confirmed, owner),
                failure -> model.showMessage(messages.text("runs.error.permissions", Background.describe(failure))));
    }

    private void askVariables(FlowVersion version, Window owner) {
        Map<String, String> defaults = version.workflow().variables();
        if (defaults.isEmpty()) {
            run(version.flowId(), Map.of());
        } else {
            new VariablesDialog(version.workflow().name(), defaults, messages, stylesheet)
                    .show(owner, values -> run(version.flowId(), values));
        }
    }

    private void run(String flowId, Map<String, String> variables) {
        background.run(messages.text("runs.job.start"), job -> services.runs().startManual(flowId, variables),
                model::started, failure -> model.showMessage(failure instanceof PermissionsNotConfirmed
                        ? messages.text("runs.error.notConfirmed", ((PermissionsNotConfirmed) failure).change()
                        .workflow())
                        : messages.text("runs.error.start", Background.describe(failure))));
    }

    private record Prepared(FlowVersion version, Optional<PermissionChange> change) {}
}
