package dev.aura.plugins.automation.engine;

import static dev.aura.plugins.automation.engine.RunnerFixture.START;
import static dev.aura.plugins.automation.engine.RunnerFixture.runner;
import static dev.aura.plugins.automation.engine.RunnerFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.model.OnError;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WorkflowRunnerTest {
    private final ManualScheduler scheduler = new ManualScheduler(START);

    private static Step transform(String id, String template) {
        return Step.of(id, new StepType.Transform(template, null, null));
    }

    @Test
    void templatesReadVariablesAndTheOutputsOfEarlierSteps() {
        RunRecord run = runner(scheduler).run(workflow(Permissions.NONE, Map.of("folder", "notes", "who", "default"),
                transform("make", "{\"title\": \"Hi {{ vars.who }}\"}"),
                transform("use", "{{ steps.make.json.title }} in {{ vars.folder }}")), Map.of("who", "Ann"), RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("use").orElseThrow().output()).containsEntry("text", "Hi Ann in notes");
        assertThat(run.variables()).containsEntry("folder", "notes").containsEntry("who", "Ann");
    }

    @Test
    void jsonPathTransformReadsFieldsFromAnEarlierStep() {
        RunRecord run = runner(scheduler).run(workflow(
                transform("data", "{\"items\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}"),
                Step.of("names", new StepType.Transform(null, "$.items[*].name", "data"))), Map.of(), RunListener.NONE);

        assertThat(run.step("names").orElseThrow().output()).containsEntry("json", List.of("a", "b"));
    }

    @Test
    void jsonPathThatFindsNothingFailsTheStepWithThePath() {
        RunRecord run = runner(scheduler).run(workflow(
                transform("data", "{\"a\": 1}"),
                Step.of("missing", new StepType.Transform(null, "$.b", "data"))), Map.of(), RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.step("missing").orElseThrow().error()).contains("$.b").contains("found nothing");
    }

    @Test
    void conditionRunsOnlyTheMatchingBranch() {
        Step condition = Step.of("check", new StepType.Condition("vars.count|int > 3",
                List.of(transform("big", "many")), List.of(transform("small", "few"))));

        RunRecord big = runner(scheduler).run(workflow(Permissions.NONE, Map.of("count", "5"), condition), Map.of(),
                RunListener.NONE);
        RunRecord small = runner(scheduler).run(workflow(Permissions.NONE, Map.of("count", "1"), condition), Map.of(),
                RunListener.NONE);

        assertThat(big.steps()).as(big.toString()).extracting(StepRecord::stepId).containsExactly("check.big", "check");
        assertThat(big.step("check").orElseThrow().output()).containsEntry("branch", "then");
        assertThat(small.steps()).extracting(StepRecord::stepId).containsExactly("check.small", "check");
    }

    @Test
    void forEachRunsTheBodyForEveryItemAndCollectsTheResults() {
        RunRecord run = runner(scheduler).run(workflow(
                transform("list", "[\"x\", \"y\", \"z\"]"),
                Step.of("each", new StepType.ForEach("steps.list.json",
                        List.of(transform("shout", "{{ item|upper }}!")), 2))), Map.of(), RunListener.NONE);

        assertThat(run.status()).as(run.toString()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("each").orElseThrow().output()).containsEntry("json", List.of("X!", "Y!", "Z!"));
        assertThat(run.steps()).extracting(StepRecord::stepId).contains("each.0.shout", "each.1.shout", "each.2.shout");
    }

    @Test
    void forEachNeverRunsMoreItemsAtOnceThanItsLimit() {
        ConcurrencyProbe probe = new ConcurrencyProbe(2);
        RunRecord run = runner(probe).run(workflow(
                transform("list", "[1, 2, 3, 4]"),
                Step.of("each", new StepType.ForEach("steps.list.json",
                        List.of(Step.of("wait", new StepType.Delay(Duration.ofSeconds(1)))), 2))), Map.of(),
                RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(probe.maxConcurrent()).isEqualTo(2);
    }

    @Test
    void delayWaitsOnTheSchedulerClock() {
        RunRecord run = runner(scheduler).run(workflow(Step.of("pause", new StepType.Delay(Duration.ofMinutes(5)))),
                Map.of(), RunListener.NONE);

        assertThat(scheduler.sleeps()).containsExactly(Duration.ofMinutes(5));
        assertThat(run.finished()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(run.step("pause").orElseThrow().duration()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void continuePolicyRecordsTheErrorAndRunsTheNextStep() {
        RunRecord run = runner(scheduler).run(workflow(
                Step.of("bad", new StepType.Transform(null, "$.x", "nowhere")).withOnError(OnError.CONTINUE),
                transform("after", "saw: {{ steps.bad.error }}")), Map.of(), RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("bad").orElseThrow().succeeded()).isFalse();
        assertThat(run.step("after").orElseThrow().output().get("text").toString()).contains("has not run");
    }

    @Test
    void gotoPolicyJumpsToTheErrorBranch() {
        RunRecord run = runner(scheduler).run(workflow(
                Step.of("bad", new StepType.Transform(null, "$.x", "nowhere")).withOnError(OnError.goTo("recover")),
                transform("skipped", "never"),
                transform("recover", "recovered")), Map.of(), RunListener.NONE);

        assertThat(run.steps()).extracting(StepRecord::stepId).containsExactly("bad", "recover");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void stopPolicyEndsTheRunAsFailed() {
        RunRecord run = runner(scheduler).run(workflow(
                Step.of("bad", new StepType.Transform(null, "$.x", "nowhere")),
                transform("never", "never")), Map.of(), RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.steps()).extracting(StepRecord::stepId).containsExactly("bad");
    }

    @Test
    void listenerHearsEveryStepAndTheFinishedRun() {
        List<String> events = new CopyOnWriteArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void stepStarted(String stepId, int attempt) {
                events.add("start " + stepId + " #" + attempt);
            }

            @Override
            public void stepFinished(StepRecord record) {
                events.add("end " + record.stepId());
            }

            @Override
            public void runFinished(RunRecord record) {
                events.add("run " + record.status());
            }
        };

        runner(scheduler).run(workflow(transform("a", "1"), transform("b", "2")), Map.of(), listener);

        assertThat(events).containsExactly("start a #1", "end a", "start b #1", "end b", "run SUCCEEDED");
    }

    @Test
    void cancelStopsTheRunningStepAndStartsNoOther() throws Exception {
        BlockingScheduler blocking = new BlockingScheduler();
        RunHandle handle = runner(blocking).start(workflow(
                Step.of("wait", new StepType.Delay(Duration.ofHours(1))),
                transform("never", "never")), Map.of(), RunListener.NONE);

        blocking.awaitSleeping();
        handle.cancel();
        RunRecord run = handle.result().get();

        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.steps()).extracting(StepRecord::stepId).doesNotContain("never");
    }
}
