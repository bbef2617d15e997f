package dev.aura.plugins.automation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.model.OnError;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowValidatorTest {
    private final WorkflowValidator validator = new WorkflowValidator();

    private static Step transform(String id, String template) {
        return Step.of(id, new StepType.Transform(template, null, null));
    }

    private List<String> problems(Step... steps) {
        Workflow workflow = new Workflow("flow", "", Map.of("folder", "x"), List.of(steps), List.of(), Permissions.NONE);
        return validator.validate(workflow).stream().map(Problem::toString).toList();
    }

    @Test
    void validWorkflowHasNoProblems() {
        assertThat(problems(transform("a", "{{ vars.folder }}"), transform("b", "{{ steps.a.text }}"))).isEmpty();
    }

    @Test
    void duplicateIdsAreReportedEvenInsideBranches() {
        assertThat(problems(transform("a", "1"), Step.of("if", new StepType.Condition("true",
                List.of(transform("a", "2")), List.of()))))
                .containsExactly("Step 'a': the id is used by another step. Give each step its own id.");
    }

    @Test
    void referenceToALaterStepIsReported() {
        assertThat(problems(transform("a", "{{ steps.b.text }}"), transform("b", "x")))
                .singleElement().asString().contains("uses steps.b").contains("no step 'b' runs before it");
    }

    @Test
    void forEachBodyMaySeeEarlierStepsButNotLaterOnes() {
        Step each = Step.of("each", new StepType.ForEach("steps.a.json",
                List.of(transform("in", "{{ steps.a.text }} {{ steps.after.text }}")), 1));

        assertThat(problems(transform("a", "[1]"), each, transform("after", "x")))
                .singleElement().asString().contains("Step 'in'").contains("steps.after");
    }

    @Test
    void gotoToAnUnknownStepIsReported() {
        assertThat(problems(transform("a", "x").withOnError(OnError.goTo("nowhere"))))
                .singleElement().asString().contains("goes to 'nowhere'");
    }

    @Test
    void undeclaredVariableIsReported() {
        assertThat(problems(transform("a", "{{ vars.missing }}")))
                .singleElement().asString().contains("vars.missing").contains("does not declare");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThat(problems(
                Step.of("p", new StepType.Prompt(null, null, null, Map.of(), false, null)),
                Step.of("h", new StepType.Http("GET", null, Map.of(), null, null))))
                .containsExactly(
                        "Step 'p': needs a model ('model').",
                        "Step 'p': needs an inline template ('template') or a prompt card label ('card').",
                        "Step 'h': needs a URL ('url').");
    }

    @Test
    void shellStepNeedsTheShellPermission() {
        assertThat(problems(Step.of("sh", new StepType.Shell("ls", List.of()))))
                .singleElement().asString().contains("shell steps are off");
    }
}
