package dev.aura.plugins.automation.store;

import static dev.aura.plugins.automation.store.AutomationStoreFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiRunHistoryTest {
    static final String FLOW = "01900000-0000-7000-8000-000000000001";
    static final String OTHER = "01900000-0000-7000-8000-000000000002";

    @TempDir Path dir;
    AutomationStoreFixture db;

    @BeforeEach
    void open() {
        db = AutomationStoreFixture.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRunKeepsItsVariablesStepsInOrderAndHowItEnded() {
        String run = db.runs().begin(FLOW, 3, "Digest", "manual", Map.of("folder", "/tmp/in"), at(0), null);
        db.runs().step(run, 1, new StepRecord("title", Map.of("source", "fetch"), Map.of("text", "Hello"),
                Duration.ofMillis(5), 1, null));
        db.runs().step(run, 0, new StepRecord("fetch", Map.of("url", "https://example.org"),
                Map.of("status", 200, "json", Map.of("title", "Hello", "tags", List.of("a", "b"))),
                Duration.ofMillis(120), 2, null));
        db.runs().finish(run, RunStatus.SUCCEEDED, at(1), null);

        StoredRun stored = db.runs().load(run).orElseThrow();

        assertThat(stored.summary()).isEqualTo(new RunSummary(run, FLOW, "Digest", 3, "manual", RunStatus.SUCCEEDED,
                at(0), at(1), 2, null, null));
        assertThat(stored.variables()).containsExactly(Map.entry("folder", "/tmp/in"));
        assertThat(stored.steps()).extracting(StoredStep::stepId).containsExactly("fetch", "title");
        StoredStep fetch = stored.steps().getFirst();
        assertThat(fetch.output()).isEqualTo(Map.of("status", 200,
                "json", Map.of("title", "Hello", "tags", List.of("a", "b"))));
        assertThat(fetch.inputs()).isEqualTo(Map.of("url", "https://example.org"));
        assertThat(fetch.duration()).isEqualTo(Duration.ofMillis(120));
        assertThat(fetch.attempts()).isEqualTo(2);
        assertThat(fetch.succeeded()).isTrue();
        assertThat(fetch.truncated()).isFalse();
        assertThat(db.runs().load("not a run")).isEmpty();
    }

    @Test
    void aStepWrittenAgainReplacesItsRowWithoutCountingTwice() {
        String run = db.runs().begin(FLOW, 1, "Digest", "manual", Map.of(), at(0), null);
        db.runs().step(run, 0, new StepRecord("fetch", Map.of(), Map.of("try", 1), Duration.ZERO, 1, "Timed out."));
        db.runs().step(run, 0, new StepRecord("fetch", Map.of(), Map.of("try", 2), Duration.ZERO, 2, null));

        StoredRun stored = db.runs().load(run).orElseThrow();

        assertThat(stored.summary().stepCount()).isEqualTo(1);
        assertThat(stored.steps()).singleElement().satisfies(step -> {
            assertThat(step.output()).containsEntry("try", 2);
            assertThat(step.succeeded()).isTrue();
        });
    }

    @Test
    void aFailedStepKeepsItsErrorAndARetryNamesTheRunItRetried() {
        String first = db.runs().begin(FLOW, 1, "Digest", "manual", Map.of(), at(0), null);
        db.runs().step(first, 0, new StepRecord("fetch", Map.of(), Map.of(), Duration.ofSeconds(10), 3,
                "The site did not answer within 10 s. Check the URL, then retry."));
        db.runs().finish(first, RunStatus.FAILED, at(1), "Step 'fetch' failed.");
        String retry = db.runs().begin(FLOW, 1, "Digest", "retry of " + first, Map.of(), at(2), first);

        assertThat(db.runs().load(first).orElseThrow().steps().getFirst().error()).startsWith("The site did not");
        assertThat(db.runs().load(retry).orElseThrow().summary().retryOf()).isEqualTo(first);
        assertThat(db.runs().load(first).orElseThrow().summary().error()).isEqualTo("Step 'fetch' failed.");
    }

    @Test
    void theHistoryFiltersByWorkflowStatusTriggerAndTimeNewestFirst() {
        String manual = run(FLOW, "manual", 0, RunStatus.SUCCEEDED);
        String cron = run(FLOW, "cron 0 9 * * *", 10, RunStatus.FAILED);
        String other = run(OTHER, "interval PT1H", 20, RunStatus.SUCCEEDED);
        String running = db.runs().begin(FLOW, 1, "Digest", "folder /in/a.txt", Map.of(), at(30), null);

        assertThat(ids(RunFilter.ALL)).containsExactly(running, other, cron, manual);
        assertThat(ids(RunFilter.of(FLOW))).containsExactly(running, cron, manual);
        assertThat(ids(new RunFilter(null, RunStatus.SUCCEEDED, null, null, null))).containsExactly(other, manual);
        assertThat(ids(new RunFilter(null, null, "cron", null, null))).containsExactly(cron);
        assertThat(ids(new RunFilter(FLOW, null, null, at(0), at(30)))).containsExactly(cron, manual);
        assertThat(ids(new RunFilter(null, null, "100%", null, null))).isEmpty();
        assertThat(db.runs().count(RunFilter.of(FLOW))).isEqualTo(3);
        assertThat(db.runs().count(new RunFilter(FLOW, RunStatus.RUNNING, "folder", at(30), null))).isEqualTo(1);
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        for (int i = 0; i < 25; i++) {
            run(FLOW, "manual", i % 5, RunStatus.SUCCEEDED); // several runs share a start time
        }
        List<String> all = db.runs().page(RunFilter.ALL, 0, 100).stream().map(RunSummary::id).toList();

        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 25; offset += 10) {
            db.runs().page(RunFilter.ALL, offset, 10).forEach(r -> paged.add(r.id()));
        }

        assertThat(all).hasSize(25).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(all);
        assertThat(db.runs().count(RunFilter.ALL)).isEqualTo(25);
    }

    @Test
    void lastStartIsTheLatestRunOfTheWorkflowWithThatTrigger() {
        run(FLOW, "cron 0 9 * * *", 0, RunStatus.SUCCEEDED);
        run(FLOW, "cron 0 9 * * *", 60, RunStatus.FAILED);
        run(FLOW, "manual", 90, RunStatus.SUCCEEDED);
        run(OTHER, "cron 0 9 * * *", 120, RunStatus.SUCCEEDED);

        assertThat(db.runs().lastStart(FLOW, "cron 0 9 * * *")).contains(at(60));
        assertThat(db.runs().lastStart(FLOW, "manual")).contains(at(90));
        assertThat(db.runs().lastStart(FLOW, "interval PT1H")).isEmpty();
        assertThat(db.runs().lastStart(OTHER, "cron 0 9 * * *")).contains(at(120));
    }

    @Test
    void runsStillGoingWhenAuraClosedAreMarkedFailedWithTheirFinishedSteps() {
        String done = run(FLOW, "manual", 0, RunStatus.SUCCEEDED);
        String cut = db.runs().begin(FLOW, 1, "Digest", "manual", Map.of(), at(5), null);
        db.runs().step(cut, 0, new StepRecord("fetch", Map.of(), Map.of("status", 200), Duration.ZERO, 1, null));

        db = db.reopen();
        String thisSession = db.runs().begin(FLOW, 1, "Digest", "manual", Map.of(), at(60), null);
        int closed = db.runs().closeInterrupted(at(60));

        assertThat(closed).isEqualTo(1);
        assertThat(db.runs().load(thisSession).orElseThrow().summary().status()).isEqualTo(RunStatus.RUNNING);
        RunSummary summary = db.runs().load(cut).orElseThrow().summary();
        assertThat(summary.status()).isEqualTo(RunStatus.FAILED);
        assertThat(summary.finished()).isEqualTo(at(60));
        assertThat(summary.error()).isEqualTo("Aura closed while this run was going. Retry it from the failed step, "
                + "or run it again.");
        assertThat(summary.stepCount()).isEqualTo(1);
        assertThat(db.runs().load(done).orElseThrow().summary().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(db.runs().closeInterrupted(at(60))).isZero();
    }

    private String run(String flow, String trigger, int minute, RunStatus status) {
        String id = db.runs().begin(flow, 1, "Digest", trigger, Map.of(), at(minute), null);
        db.runs().finish(id, status, at(minute + 1), status == RunStatus.FAILED ? "It failed." : null);
        return id;
    }

    private List<String> ids(RunFilter filter) {
        return db.runs().page(filter, 0, 100).stream().map(RunSummary::id).toList();
    }
}
