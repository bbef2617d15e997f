package dev.aura.plugins.automation.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.runs.FlowRuns;
import dev.aura.plugins.automation.runs.PermissionChange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Before a run: when the workflow may use folders, hosts or executables the user has not confirmed, shows them and
 * asks (on a terminal), or accepts {@code --allow}; otherwise the run does not start.
 */
final class PermissionGate {
    private final FlowsCliContext context;

    PermissionGate(FlowsCliContext context) {
        this.context = context;
    }

    /** Returns once the permissions are confirmed; throws a failure that says what to do when they are not. */
    void ensure(String flowId, boolean allow, PrintWriter err) {
        FlowRuns runs = context.services().runs();
        Optional<PermissionChange> change = runs.permissionsToConfirm(flowId);
        if (change.isEmpty()) {
            return;
        }
        describe(change.get(), err);
        if (allow) {
            runs.confirmPermissions(flowId);
            err.println(context.text("cli.permissions.allowed"));
            return;
        }
        if (!context.interactive().getAsBoolean()) {
            throw CliFailure.failed(context.text("cli.permissions.passAllow", change.get().workflow()));
        }
        err.flush();
        String answer = context.ask().apply(context.text("cli.permissions.ask"));
        if (answer != null && List.of("y", "yes", "ใช่").contains(answer.strip().toLowerCase(Locale.ROOT))) {
            runs.confirmPermissions(flowId);
            err.println(context.text("cli.permissions.allowed"));
            return;
        }
        throw CliFailure.failed(context.text("cli.permissions.declined", change.get().workflow()));
    }

    private void describe(PermissionChange change, PrintWriter err) {
        err.println(context.text(change.firstRun() ? "cli.permissions.first" : "cli.permissions.grew",
                change.workflow()));
        Permissions requested = change.requested();
        List<String> newFolders = change.newFolders().stream().map(Path::toString).toList();
        line(err, "cli.permissions.folders", requested.folders().stream().map(Path::toString).toList(), newFolders,
                change.firstRun());
        line(err, "cli.permissions.hosts", requested.hosts(), change.newHosts(), change.firstRun());
        if (requested.shellEnabled()) {
            line(err, "cli.permissions.executables", requested.executables(), change.newExecutables(),
                    change.firstRun() || change.shellNewlyEnabled());
        }
        if (requested.folders().isEmpty() && requested.hosts().isEmpty() && !requested.shellEnabled()) {
            err.println(context.text("cli.permissions.nothing"));
        }
    }

    /** One kind of permission; what is new since the last confirmation is marked, unless everything is. */
    private void line(PrintWriter err, String key, List<String> all, List<String> added, boolean allNew) {
        if (all.isEmpty()) {
            return;
        }
        String mark = context.text("cli.permissions.new");
        String items = all.stream().map(item -> !allNew && added.contains(item) ? item + " " + mark : item)
                .collect(Collectors.joining(", "));
        err.println(context.text(key, items));
    }
}
