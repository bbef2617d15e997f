package dev.aura.plugins.automation.triggers;

import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.store.FlowStore;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.RunHistory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every launch with the clock's time and writes it to the history as a finished run. */
final class RecordingLauncher implements TriggerLauncher {
    record Launch(String flowId, String trigger, Map<String, String> variables, Instant at) {}

    private final TriggerClock clock;
    private final RunHistory history;
    private final FlowStore flows;
    private final List<Launch> launches = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    RecordingLauncher(TriggerClock clock, RunHistory history, FlowStore flows) {
        this.clock = clock;
        this.history = history;
        this.flows = flows;
    }

    @Override
    public void launch(String flowId, String trigger, Map<String, String> variables) {
        Instant now = clock.now();
        launches.add(new Launch(flowId, trigger, variables, now));
        if (failure != null) {
            throw failure;
        }
        FlowVersion version = flows.latest(flowId).orElseThrow();
        String runId = history.begin(flowId, version.version(), version.workflow().name(), trigger, variables, now,
                null);
        history.finish(runId, RunStatus.SUCCEEDED, now, null);
    }

    /** Every later launch is recorded, then throws {@code e} (and writes no history). */
    void failWith(RuntimeException e) {
        failure = e;
    }

    List<Launch> launches() {
        return List.copyOf(launches);
    }

    List<String> triggers() {
        return launches.stream().map(Launch::trigger).toList();
    }
}
