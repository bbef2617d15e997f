package dev.aura.plugins.automation.triggers;

import dev.aura.plugins.automation.store.RunFilter;
import dev.aura.plugins.automation.store.RunHistory;
import dev.aura.plugins.automation.store.RunSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a trigger last started a run of a workflow, its catch-up runs included. The history matches triggers by
 * prefix, so "interval PT1H" would also find "interval PT1H30M": the rows are checked for this exact trigger.
 */
final class LastStart {
    private static final int PAGE = 20;
    private static final int MAX_ROWS = 200;

    private LastStart() {}

    static Optional<Instant> of(RunHistory history, String flowId, String trigger) {
        if (history.lastStart(flowId, trigger).isEmpty()) {
            return Optional.empty();
        }
        RunFilter filter = new RunFilter(flowId, null, trigger, null, null);
        for (int offset = 0; offset < MAX_ROWS; offset += PAGE) {
            List<RunSummary> runs = history.page(filter, offset, PAGE);
            for (RunSummary run : runs) {
                if (run.trigger().equals(trigger) || run.trigger().equals(trigger + " (missed)")) {
                    return Optional.of(run.started());
                }
            }
            if (runs.size() < PAGE) {
                break;
            }
        }
        return Optional.empty();
    }
}
