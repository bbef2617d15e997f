package dev.aura.plugins.automation.engine;

import dev.aura.plugins.automation.model.Workflow;
import java.util.Optional;

/** Finds a saved workflow by name, for run-workflow steps. */
@FunctionalInterface
public interface WorkflowLookup {
    Optional<Workflow> find(String name);
}
