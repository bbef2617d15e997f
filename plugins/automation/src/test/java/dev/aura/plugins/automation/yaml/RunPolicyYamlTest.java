package dev.aura.plugins.automation.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run policy block and trigger problems in workflow files. */
class RunPolicyYamlTest {
    private static final String STEPS = "steps:\n  - id: a\n    type: delay\n    duration: 1s\n";

    private final WorkflowYamlReader reader = new WorkflowYamlReader();
    private final WorkflowYamlWriter writer = new WorkflowYamlWriter();

    private static Workflow scheduled(RunPolicy policy) {
        return new Workflow("digest", "", Map.of(), List.of(Step.of("a", new StepType.Delay(Duration.ofSeconds(1)))),
                List.of(new Trigger.Cron("0 9 * * *")), Permissions.NONE, policy);
    }

    @Test
    void everyPolicySurvivesAWriteAndReadBack() {
        for (RunPolicy.MissedRuns missed : RunPolicy.MissedRuns.values()) {
            for (RunPolicy.Overlap overlap : RunPolicy.Overlap.values()) {
                Workflow workflow = scheduled(new RunPolicy(missed, overlap));

                assertThat(reader.read("digest.yaml", writer.write(workflow))).isEqualTo(workflow);
            }
        }
    }

    @Test
    void policyIsWrittenInItsOwnWordsAndLeftOutWhenDefault() {
        String yaml = writer.write(scheduled(new RunPolicy(RunPolicy.MissedRuns.SKIP, RunPolicy.Overlap.PARALLEL)));

        assertThat(yaml).contains("policy:\n  missed: skip\n  overlap: parallel\n");
        assertThat(writer.write(scheduled(RunPolicy.DEFAULT))).doesNotContain("policy");
        assertThat(writer.write(scheduled(new RunPolicy(RunPolicy.MissedRuns.RUN_ONCE, RunPolicy.Overlap.QUEUE))))
                .contains("missed: run-once");
    }

    @Test
    void aKeyLeftOutTakesTheDefault() {
        Workflow workflow = reader.read("f.yaml", "name: x\npolicy:\n  overlap: queue\n" + STEPS);

        assertThat(workflow.policy()).isEqualTo(new RunPolicy(RunPolicy.MissedRuns.RUN_ONCE, RunPolicy.Overlap.QUEUE));
    }

    @Test
    void anUnknownValueNamesTheChoicesAndWhereItIs() {
        assertThatThrownBy(() -> reader.read("f.yaml", "name: x\npolicy:\n  missed: twice\n" + STEPS))
                .isInstanceOf(WorkflowFileException.class)
                .hasMessage("f.yaml:3:11: 'missed' in 'policy' must be run-once or skip, not 'twice'.");
        assertThatThrownBy(() -> reader.read("f.yaml", "name: x\npolicy: {overlap: wait}\n" + STEPS))
                .hasMessage("f.yaml:2:19: 'overlap' in 'policy' must be skip, queue or parallel, not 'wait'.");
    }

    @Test
    void anUnknownPolicyKeyIsNamed() {
        assertThatThrownBy(() -> reader.read("f.yaml", "name: x\npolicy:\n  retry: 3\n" + STEPS))
                .hasMessageStartingWith("f.yaml:3:10: Unknown key 'retry' in 'policy'");
    }

    @Test
    void aShortIntervalIsReportedWhereItIsWritten() {
        String yaml = "name: x\ntriggers:\n  - manual\n  - interval: 30s\n" + STEPS;

        assertThatThrownBy(() -> reader.read("f.yaml", yaml))
                .hasMessageStartingWith("f.yaml:4:5: The interval trigger runs every 30s")
                .hasMessageContaining("Use 1m or more");
    }

    @Test
    void aWatchOnAFolderThatIsNotGrantedIsReportedWhereItIsWritten() {
        String yaml = "name: x\npermissions:\n  folders: [/data/notes]\ntriggers:\n  - watch: /data/inbox\n" + STEPS;

        assertThatThrownBy(() -> reader.read("f.yaml", yaml))
                .hasMessageStartingWith("f.yaml:5:5: The folder watch on /data/inbox is not among the folders");
    }
}
