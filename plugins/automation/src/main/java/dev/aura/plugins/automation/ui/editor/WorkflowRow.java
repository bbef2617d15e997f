package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.store.FlowSummary;
import java.util.List;

/** A row of the workflow list: the stored summary and the latest version's triggers. */
public record WorkflowRow(FlowSummary summary, List<Trigger> triggers) {
    public WorkflowRow {
        triggers = List.copyOf(triggers);
    }

    public String id() {
        return summary.id();
    }

    public String name() {
        return summary.name();
    }
}
