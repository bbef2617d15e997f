package dev.aura.plugins.automation.triggers;

import dev.aura.core.store.H2Store;
import dev.aura.core.testing.InMemoryAuditLog;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.JdbiFlowStore;
import dev.aura.plugins.automation.store.JdbiRunHistory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The real H2 store in a folder, a manual clock and a launcher that records what it starts and, like the app's runs
 * service, writes each start to the run history (so "the last start of a trigger" is what the app would see).
 */
final class TriggerFixture implements AutoCloseable {
    /** UTC+7 all year: local midnight is 17:00 UTC, so a local day boundary is not a UTC one. */
    static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    final H2Store store;
    final JdbiFlowStore flows;
    final JdbiRunHistory history;
    final ManualTriggerClock clock;
    final RecordingLauncher launcher;

    TriggerFixture(Path dir, LocalDateTime start) {
        store = H2Store.open(dir.resolve("aura"));
        store.migrate(AutomationSchema.MIGRATIONS);
        flows = new JdbiFlowStore(store, new InMemoryAuditLog(), Clock.systemUTC());
        history = new JdbiRunHistory(store, dir.resolve("outputs"));
        clock = new ManualTriggerClock(local(start));
        launcher = new RecordingLauncher(clock, history, flows);
    }

    TriggerService service() {
        return new TriggerService(flows, history, launcher, clock, ZONE);
    }

    static Instant local(LocalDateTime time) {
        return time.atZone(ZONE).toInstant();
    }

    static LocalDateTime localOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    static Workflow workflow(String name, RunPolicy policy, Trigger... triggers) {
        return workflow(name, policy, Permissions.NONE, triggers);
    }

    static Workflow workflow(String name, RunPolicy policy, Permissions permissions, Trigger... triggers) {
        return new Workflow(name, "", Map.of(), List.of(Step.of("say", new StepType.Transform("hi", null, null))),
                List.of(triggers), permissions, policy);
    }

    String save(Workflow workflow) {
        return flows.save(null, workflow, "").flowId();
    }

    /** A finished run of {@code flowId} started by {@code trigger} at {@code started}, as if the app had run it. */
    void ran(String flowId, String trigger, LocalDateTime started) {
        Instant at = local(started);
        String runId = history.begin(flowId, 1, "flow", trigger, Map.of(), at, null);
        history.finish(runId, RunStatus.SUCCEEDED, at.plusSeconds(1), null);
    }

    @Override
    public void close() {
        store.close();
    }

    static LocalDateTime day(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, day, hour, minute);
    }
}
