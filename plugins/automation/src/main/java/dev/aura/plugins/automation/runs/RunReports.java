package dev.aura.plugins.automation.runs;

import dev.aura.core.audit.AuditLog;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.store.FlowVersion;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link FlowRuns} tells the audit log and the user. Neither may break a run: failures to write or show are
 * logged. The notice about unconfirmed permissions comes once per workflow version, not on every tick of a schedule.
 */
final class RunReports {
    private static final Logger LOG = LoggerFactory.getLogger(RunReports.class);

    private final AuditLog audit;
    private final Notifier notifier;
    private final Set<String> permissionNotices = ConcurrentHashMap.newKeySet();

    RunReports(AuditLog audit, Notifier notifier) {
        this.audit = audit;
        this.notifier = notifier;
    }

    void permissionsConfirmed(FlowVersion version) {
        Permissions permissions = version.workflow().permissions();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("flowId", version.flowId());
        details.put("version", version.version());
        details.put("folders", permissions.folders().stream().map(Path::toString).toList());
        details.put("hosts", permissions.hosts());
        details.put("executables", permissions.executables());
        details.put("shellEnabled", permissions.shellEnabled());
        audit.append("automation.permissions", version.workflow().name(), details);
    }

    void runEnded(LiveRun run, RunRecord record, String error) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runId", run.runId());
        details.put("flowId", run.flowId());
        details.put("workflow", run.workflow());
        details.put("version", run.version());
        details.put("trigger", run.trigger());
        details.put("status", record.status().name());
        try {
            audit.append("automation.run", run.workflow(), details);
        } catch (RuntimeException e) {
            LOG.error("The audit entry for run {} could not be written", run.runId(), e);
        }
        if (run.triggered() && record.status() == RunStatus.FAILED) {
            tell(Notifier.Level.ERROR, "'" + run.workflow() + "' failed", error + " Open the run in Automation to see"
                    + " the details and retry it from that step.");
        }
    }

    void skippedForPermissions(FlowVersion version, String trigger) {
        String name = version.workflow().name();
        LOG.info("Trigger '{}' of '{}' skipped: its permissions are not confirmed", trigger, name);
        if (permissionNotices.add(version.flowId() + "@" + version.version())) {
            tell(Notifier.Level.WARNING, "'" + name + "' did not run",
                    "Its trigger fired, but the workflow may use folders, hosts or programs you have not confirmed."
                            + " Open it in Automation and confirm its permissions, then it runs on its triggers.");
        }
    }

    private void tell(Notifier.Level level, String title, String text) {
        try {
            notifier.notify(level, title, text);
        } catch (RuntimeException e) {
            LOG.warn("Could not show the notification '{}': {}", title, text, e);
        }
    }
}
