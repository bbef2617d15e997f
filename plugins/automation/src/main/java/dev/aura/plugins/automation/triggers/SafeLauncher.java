package dev.aura.plugins.automation.triggers;

import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Launches a run and logs a failure instead of throwing it, so one failed start never stops a schedule. */
final class SafeLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(SafeLauncher.class);

    private final TriggerLauncher launcher;

    SafeLauncher(TriggerLauncher launcher) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    void launch(FlowRef flow, String trigger, Map<String, String> variables) {
        try {
            LOG.info("Starting workflow '{}' ({})", flow.name(), trigger);
            launcher.launch(flow.id(), trigger, variables);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Workflow '{}' could not be started by its trigger '{}'; its schedule goes on. Open the workflow"
                    + " and run it by hand to see the problem.", flow.name(), trigger, e);
        }
    }
}
