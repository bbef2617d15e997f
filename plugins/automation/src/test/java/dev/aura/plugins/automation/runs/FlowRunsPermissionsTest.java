package dev.aura.plugins.automation.runs;

import static dev.aura.plugins.automation.runs.RunsFixture.transform;
import static dev.aura.plugins.automation.runs.RunsFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.audit.AuditEntry;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Workflow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before a workflow first runs, and whenever its permissions grow, the user must confirm them. */
class FlowRunsPermissionsTest {
    @TempDir
    Path dir;

    private RunsFixture fx;
    private Path notes;
    private Path inbox;

    @BeforeEach
    void open() {
        fx = new RunsFixture(dir);
        notes = dir.resolve("notes");
        inbox = dir.resolve("inbox");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aWorkflowThatNeedsNothingRunsWithoutConfirmation() throws Exception {
        String flowId = fx.save(workflow("plain", transform("one", "1")));

        assertThat(fx.runs().permissionsToConfirm(flowId)).isEmpty();
        assertThat(fx.await(fx.runs().startManual(flowId, Map.of())).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void theFirstRunAsksForEverythingAndRunsOnceConfirmed() throws Exception {
        Permissions wanted = new Permissions(List.of(notes), List.of("example.org"), List.of("git"), true);
        String flowId = fx.save(flow(wanted));

        PermissionChange change = fx.runs().permissionsToConfirm(flowId).orElseThrow();
        assertThat(change.firstRun()).isTrue();
        assertThat(change.workflow()).isEqualTo("granted");
        assertThat(change.requested()).isEqualTo(wanted);
        assertThat(change.newFolders()).containsExactly(notes);
        assertThat(change.newHosts()).containsExactly("example.org");
        assertThat(change.newExecutables()).containsExactly("git");
        assertThat(change.shellNewlyEnabled()).isTrue();
        assertThatThrownBy(() -> fx.runs().startManual(flowId, Map.of()))
                .isInstanceOfSatisfying(PermissionsNotConfirmed.class, e -> assertThat(e.change()).isEqualTo(change))
                .hasMessageContaining("'granted'").hasMessageContaining("confirm");
        assertThat(fx.history().count(dev.aura.plugins.automation.store.RunFilter.of(flowId))).isZero();

        fx.runs().confirmPermissions(flowId);

        assertThat(fx.runs().permissionsToConfirm(flowId)).isEmpty();
        assertThat(fx.flows().confirmedPermissions(flowId)).contains(wanted);
        List<AuditEntry> entries = fx.audited("automation.permissions");
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().subject()).isEqualTo("granted");
        assertThat(entries.getFirst().details()).contains(notes.toString().replace("\\", "\\\\"), "example.org",
                "\"executables\":[\"git\"]", "\"shellEnabled\":true");
        assertThat(fx.await(fx.runs().startManual(flowId, Map.of())).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void laterOnlyWhatGrewIsAskedFor() {
        String flowId = fx.save(flow(new Permissions(List.of(notes), List.of("example.org"), List.of(), false)));
        fx.runs().confirmPermissions(flowId);

        fx.flows().save(flowId, flow(new Permissions(List.of(notes.resolve("2026"), inbox),
                List.of("EXAMPLE.org", "api.example.com"), List.of("git"), true)), "more");

        PermissionChange change = fx.runs().permissionsToConfirm(flowId).orElseThrow();
        assertThat(change.firstRun()).isFalse();
        assertThat(change.newFolders()).as("a folder inside a confirmed one is covered").containsExactly(inbox);
        assertThat(change.newHosts()).containsExactly("api.example.com");
        assertThat(change.newExecutables()).containsExactly("git");
        assertThat(change.shellNewlyEnabled()).isTrue();
    }

    @Test
    void fewerPermissionsNeedNoNewConfirmation() {
        String flowId = fx.save(flow(new Permissions(List.of(notes, inbox), List.of("example.org"), List.of(), false)));
        fx.runs().confirmPermissions(flowId);

        fx.flows().save(flowId, flow(new Permissions(List.of(inbox), List.of(), List.of(), false)), "less");

        assertThat(fx.runs().permissionsToConfirm(flowId)).isEmpty();
    }

    @Test
    void aTriggeredRunWithUnconfirmedPermissionsIsSkippedAndNotifiedOncePerVersion() {
        String flowId = fx.save(flow(new Permissions(List.of(notes), List.of(), List.of(), false)));

        assertThat(fx.runs().startTriggered(flowId, "interval PT1H", Map.of())).isEmpty();
        assertThat(fx.runs().startTriggered(flowId, "interval PT1H", Map.of())).isEmpty();

        assertThat(fx.notifier().sent()).hasSize(1);
        RecordingNotifier.Sent notice = fx.notifier().sent().getFirst();
        assertThat(notice.level()).isEqualTo(Notifier.Level.WARNING);
        assertThat(notice.title()).contains("granted");
        assertThat(notice.text()).contains("confirm its permissions");
        assertThat(fx.history().count(dev.aura.plugins.automation.store.RunFilter.of(flowId))).isZero();

        fx.flows().save(flowId, flow(new Permissions(List.of(notes, inbox), List.of(), List.of(), false)), "more");
        assertThat(fx.runs().startTriggered(flowId, "interval PT1H", Map.of())).isEmpty();

        assertThat(fx.notifier().sent()).hasSize(2);
    }

    private static Workflow flow(Permissions permissions) {
        return workflow("granted", permissions, RunPolicy.DEFAULT, transform("one", "1"));
    }
}
