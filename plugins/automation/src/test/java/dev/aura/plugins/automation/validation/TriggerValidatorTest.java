package dev.aura.plugins.automation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerValidatorTest {
    private static final Permissions INBOX = new Permissions(List.of(Path.of("/data/inbox")), List.of(), List.of(), false);

    private static List<String> problems(Trigger trigger) {
        Workflow workflow = new Workflow("flow", "", Map.of(),
                List.of(Step.of("a", new StepType.Delay(Duration.ofSeconds(1)))), List.of(trigger), INBOX);
        return new WorkflowValidator().validate(workflow).stream().map(Problem::toString).toList();
    }

    @Test
    void validTriggersHaveNoProblems() {
        assertThat(problems(new Trigger.Cron("0 9 * * 1-5"))).isEmpty();
        assertThat(problems(new Trigger.Interval(Duration.ofMinutes(1)))).isEmpty();
        assertThat(problems(new Trigger.FolderWatch(Path.of("/data/inbox"), null))).isEmpty();
        assertThat(problems(new Trigger.FolderWatch(Path.of("/data/inbox/scans"), Duration.ofSeconds(5)))).isEmpty();
        assertThat(problems(new Trigger.AppStart())).isEmpty();
    }

    @Test
    void invalidCronSaysWhatIsWrongAndShowsAValidOne() {
        assertThat(problems(new Trigger.Cron("61 * * * *"))).singleElement().asString()
                .startsWith("The cron trigger is not valid. '61 * * * *' is not a valid cron expression")
                .contains("for example '0 9 * * 1-5'");
    }

    @Test
    void intervalUnderAMinuteAsksForOneMinuteOrMore() {
        assertThat(problems(new Trigger.Interval(Duration.ofSeconds(30)))).containsExactly(
                "The interval trigger runs every 30s, but the shortest interval is 1 minute."
                        + " Use 1m or more, or a cron schedule.");
    }

    @Test
    void folderWatchOutsideTheGrantedFoldersAsksToGrantIt() {
        assertThat(problems(new Trigger.FolderWatch(Path.of("/data/other"), null))).containsExactly(
                "The folder watch on /data/other is not among the folders this workflow may use. Add /data/other"
                        + " (or a folder around it) to the granted folders, or watch a granted folder.");
    }

    @Test
    void folderWatchCannotClimbOutOfAGrantedFolder() {
        assertThat(problems(new Trigger.FolderWatch(Path.of("/data/inbox/../secrets"), null)))
                .singleElement().asString().contains("is not among the folders this workflow may use");
    }

    @Test
    void negativeDebounceIsReported() {
        assertThat(problems(new Trigger.FolderWatch(Path.of("/data/inbox"), Duration.ofSeconds(-1))))
                .singleElement().asString().contains("negative debounce");
    }
}
