package dev.aura.plugins.automation.engine;

import static dev.aura.plugins.automation.engine.RunnerFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.steps.StepExecutors;
import dev.aura.plugins.automation.steps.StepTemplates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunWorkflowStepTest {
    private static Workflow flow(String name, Map<String, String> vars, Step... steps) {
        return new Workflow(name, "", vars, List.of(steps), List.of(), Permissions.NONE);
    }

    private static RunRecord run(Workflow main, Workflow... others) {
        StepTemplates templates = new StepTemplates();
        Map<String, Workflow> byName = new java.util.HashMap<>();
        byName.put(main.name(), main);
        for (Workflow other : others) {
            byName.put(other.name(), other);
        }
        WorkflowRunner runner = new WorkflowRunner(new StepExecutors(templates, null), templates,
                new ManualScheduler(START), name -> Optional.ofNullable(byName.get(name)));
        return runner.run(main, Map.of(), RunListener.NONE);
    }

    @Test
    void calledWorkflowGetsRenderedVariablesAndItsLastOutputIsTheStepsOutput() {
        Workflow greet = flow("greet", Map.of("who", "nobody", "greeting", "Hello"),
                Step.of("say", new StepType.Transform("{{ vars.greeting }}, {{ vars.who }}", null, null)));
        Workflow main = flow("main", Map.of("name", "Ann"),
                Step.of("call", new StepType.RunWorkflow("greet", Map.of("who", "{{ vars.name }}"))),
                Step.of("after", new StepType.Transform("{{ steps.call.text }}!", null, null)));

        RunRecord run = run(main, greet);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("after").orElseThrow().output()).containsEntry("text", "Hello, Ann!");
        assertThat(run.steps()).extracting(StepRecord::stepId).containsExactly("call.say", "call", "after");
    }

    @Test
    void unknownWorkflowFailsWithItsName() {
        RunRecord run = run(flow("main", Map.of(), Step.of("call", new StepType.RunWorkflow("ghost", Map.of()))));

        assertThat(run.step("call").orElseThrow().error()).contains("no workflow named 'ghost'");
    }

    @Test
    void workflowThatCallsItselfStopsAtTheDepthLimit() {
        Workflow loop = flow("loop", Map.of(), Step.of("again", new StepType.RunWorkflow("loop", Map.of())));

        RunRecord run = run(loop);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.step("again").orElseThrow().error()).contains("more than 8 levels deep");
    }
}
