package dev.aura.plugins.automation.store;

import dev.aura.core.store.H2Store;
import dev.aura.core.testing.InMemoryAuditLog;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real H2 store in a folder with core's and this plugin's migrations, and the real flow store and run history on
 * it. Open it in a {@code @TempDir} and close it at the end; {@link #reopen()} is what a restart does.
 */
public final class AutomationStoreFixture implements AutoCloseable {
    private final Path dir;
    private final Clock clock;
    private final InMemoryAuditLog audit;
    private final H2Store store;
    private final JdbiFlowStore flows;
    private final JdbiRunHistory runs;

    private AutomationStoreFixture(Path dir, Clock clock, InMemoryAuditLog audit) {
        this.dir = dir;
        this.clock = clock;
        this.audit = audit;
        this.store = H2Store.open(dir.resolve("aura"));
        store.migrate(AutomationSchema.MIGRATIONS);
        this.flows = new JdbiFlowStore(store, audit, clock);
        this.runs = new JdbiRunHistory(store, outputsDir());
    }

    public static AutomationStoreFixture open(Path dir) {
        return new AutomationStoreFixture(dir, Clock.systemUTC(), new InMemoryAuditLog());
    }

    public AutomationStoreFixture reopen() {
        close();
        return new AutomationStoreFixture(dir, clock, audit);
    }

    public Path outputsDir() {
        return dir.resolve("outputs");
    }

    public H2Store store() {
        return store;
    }

    public JdbiFlowStore flows() {
        return flows;
    }

    public JdbiRunHistory runs() {
        return runs;
    }

    public InMemoryAuditLog audit() {
        return audit;
    }

    /** A two-step workflow: fetch a page from example.org, then pick its title; a manual and a cron trigger. */
    public static Workflow sampleFlow(String name) {
        return new Workflow(name, "Fetches a page and picks its title", Map.of("site", "https://example.org"),
                List.of(Step.of("fetch", new StepType.Http("GET", "{{ vars.site }}", Map.of(), null, Duration.ofSeconds(10))),
                        Step.of("title", new StepType.Transform(null, "$.title", "fetch"))),
                List.of(new Trigger.Manual(), new Trigger.Cron("0 9 * * *")),
                new Permissions(List.of(), List.of("example.org"), List.of(), false));
    }

    /** A point in time for runs in tests: 2026-01-01T00:00:00Z plus {@code minutes}. */
    public static Instant at(int minutes) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minutes);
    }

    @Override
    public void close() {
        store.close();
    }
}
