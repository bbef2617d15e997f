package dev.aura.plugins.automation.steps;

import static dev.aura.plugins.automation.engine.RunnerFixture.START;
import static dev.aura.plugins.automation.engine.RunnerFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.engine.ManualScheduler;
import dev.aura.plugins.automation.engine.RunListener;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.WorkflowRunner;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ShellNotifyApprovalTest {
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile boolean approve = true;

    private RunRecord run(Permissions permissions, Step... steps) {
        StepTemplates templates = new StepTemplates();
        StepExecutors executors = new StepExecutors(templates, null, label -> Optional.empty(),
                (title, message) -> notes.add(title + ": " + message),
                (stepId, message) -> {
                    asked.add(stepId + ": " + message);
                    return approve;
                });
        return new WorkflowRunner(executors, templates, new ManualScheduler(START))
                .run(workflow(permissions, Map.of("who", "Ann"), steps), Map.of(), RunListener.NONE);
    }

    private static Permissions shell(boolean enabled, String... executables) {
        return new Permissions(List.of(), List.of(), List.of(executables), enabled);
    }

    @Test
    void allowedExecutableRunsWithRenderedArgumentsAndNoShellExpansion() {
        RunRecord run = run(shell(true, "echo"),
                Step.of("say", new StepType.Shell("echo", List.of("hi {{ vars.who }}", "$HOME", "*"))));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("say").orElseThrow().output()).containsEntry("text", "hi Ann $HOME *\n")
                .containsEntry("exitCode", 0);
    }

    @Test
    void nonZeroExitFailsTheStepWithItsCode() {
        RunRecord run = run(shell(true, "false"), Step.of("no", new StepType.Shell("false", List.of())));

        assertThat(run.step("no").orElseThrow().error()).contains("exited with code 1");
    }

    @Test
    void shellStepsAreRefusedUnlessTheShellPermissionIsOn() {
        RunRecord run = run(shell(false, "echo"), Step.of("say", new StepType.Shell("echo", List.of("x"))));

        assertThat(run.step("say").orElseThrow().error()).contains("Shell steps are off");
    }

    @Test
    void executableOutsideTheAllowlistIsRefused() {
        RunRecord run = run(shell(true, "echo"), Step.of("rm", new StepType.Shell("rm", List.of("-rf", "x"))));

        assertThat(run.step("rm").orElseThrow().error()).contains("may not start rm");
    }

    @Test
    void shellInterpretersAreRefusedEvenWhenAllowed() {
        RunRecord run = run(shell(true, "/bin/sh"), Step.of("sh", new StepType.Shell("/bin/sh", List.of("-c", "ls"))));

        assertThat(run.step("sh").orElseThrow().error()).contains("is a shell interpreter");
    }

    @Test
    void notifyHandsTheRenderedMessageToTheNotifier() {
        run(Permissions.NONE, Step.of("tell", new StepType.Notify("Done", "Hello {{ vars.who }}")));

        assertThat(notes).containsExactly("Done: Hello Ann");
    }

    @Test
    void approvedStepLetsTheRunContinue() {
        RunRecord run = run(Permissions.NONE, Step.of("ok", new StepType.Approval("Send to {{ vars.who }}?")),
                Step.of("tell", new StepType.Notify("Sent", "yes")));

        assertThat(asked).containsExactly("ok: Send to Ann?");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(notes).containsExactly("Sent: yes");
    }

    @Test
    void rejectedApprovalStopsTheRun() {
        approve = false;

        RunRecord run = run(Permissions.NONE, Step.of("ok", new StepType.Approval("Send?")),
                Step.of("tell", new StepType.Notify("Sent", "yes")));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.step("ok").orElseThrow().error()).contains("was rejected");
        assertThat(notes).isEmpty();
    }
}
