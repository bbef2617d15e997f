package dev.aura.plugins.automation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnreachableStepsTest {
    private static Step notify(String id) {
        return Step.of(id, new StepType.Notify(null, "hi"));
    }

    private static List<Problem> validate(Step... steps) {
        return new WorkflowValidator().validate(new Workflow("Flow", "", Map.of("n", "1"), List.of(steps), null,
                null));
    }

    @Test
    void aConstantConditionReportsTheBranchItNeverTakes() {
        assertThat(validate(Step.of("check", new StepType.Condition("{{ false }}", List.of(notify("a")),
                List.of(notify("b")))))).singleElement().satisfies(p -> {
                    assertThat(p.stepId()).isEqualTo("check");
                    assertThat(p.message()).contains("always false").contains("(a)");
                });
        assertThat(validate(Step.of("check", new StepType.Condition("TRUE", List.of(notify("a")),
                List.of(notify("b"), notify("c")))))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("always true").contains("(b, c)"));
    }

    @Test
    void realConditionsAndEmptyDeadBranchesAreFine() {
        assertThat(validate(Step.of("check", new StepType.Condition("{{ vars.n > 0 }}", List.of(notify("a")),
                List.of(notify("b")))))).isEmpty();
        assertThat(validate(Step.of("check", new StepType.Condition("true", List.of(notify("a")), List.of()))))
                .isEmpty();
    }

    @Test
    void aForEachOverALiteralEmptyListNeverRunsItsBody() {
        Step loop = Step.of("each", new StepType.ForEach("{{ [] }}", List.of(notify("inner")), 1));
        assertThat(validate(loop)).singleElement().satisfies(p -> assertThat(p.message()).contains("empty list"));
        Step nested = Step.of("outer", new StepType.ForEach("{{ vars.n }}", List.of(Step.of("check",
                new StepType.Condition("false", List.of(notify("x")), List.of()))), 1));
        assertThat(validate(nested)).extracting(Problem::stepId).containsExactly("check");
    }
}
