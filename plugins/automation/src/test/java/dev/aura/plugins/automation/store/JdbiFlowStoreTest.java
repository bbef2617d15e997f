package dev.aura.plugins.automation.store;

import static dev.aura.plugins.automation.store.AutomationStoreFixture.sampleFlow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.audit.AuditEntry;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Workflow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiFlowStoreTest {
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
    void everyChangedSaveIsANewVersionAndAnUnchangedSaveWritesNothing() {
        FlowVersion v1 = db.flows().save(null, sampleFlow("Digest"), "imported from flows/digest.yaml");
        Workflow changed = new Workflow("Digest", "Another description", sampleFlow("Digest").variables(), sampleFlow("Digest").steps(),
                List.of(), null);
        FlowVersion v2 = db.flows().save(v1.flowId(), changed, null);
        FlowVersion again = db.flows().save(v1.flowId(), changed, "no change");

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.note()).isEqualTo("imported from flows/digest.yaml");
        assertThat(v1.workflow()).isEqualTo(sampleFlow("Digest"));
        assertThat(v1.yaml()).contains("name: Digest");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.note()).isEmpty();
        assertThat(db.flows().versions(v1.flowId())).extracting(FlowVersion::version).containsExactly(2, 1);
        assertThat(db.flows().version(v1.flowId(), 1).orElseThrow().workflow()).isEqualTo(sampleFlow("Digest"));
        assertThat(db.flows().latest(v1.flowId()).orElseThrow().workflow()).isEqualTo(changed);
    }

    @Test
    void aChangedRunPolicyIsANewVersionAndSurvivesTheRoundTrip() {
        FlowVersion v1 = db.flows().save(null, sampleFlow("Digest"), null);
        RunPolicy policy = new RunPolicy(RunPolicy.MissedRuns.SKIP, RunPolicy.Overlap.QUEUE);

        FlowVersion v2 = db.flows().save(v1.flowId(), sampleFlow("Digest").withPolicy(policy), null);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(db.flows().latest(v1.flowId()).orElseThrow().workflow().policy()).isEqualTo(policy);
    }

    @Test
    void namesAreUniqueAmongLiveWorkflowsIgnoringCase() {
        FlowVersion digest = db.flows().save(null, sampleFlow("Digest"), null);
        FlowVersion other = db.flows().save(null, sampleFlow("Other"), null);

        assertThatThrownBy(() -> db.flows().save(null, sampleFlow("  DIGEST "), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is taken")
                .hasMessageContaining("Choose another name");
        assertThatThrownBy(() -> db.flows().save(other.flowId(), sampleFlow("digest"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is taken");

        db.flows().delete(digest.flowId());
        assertThat(db.flows().save(null, sampleFlow("digest"), null).version()).isEqualTo(1);
    }

    @Test
    void anInvalidWorkflowIsNotSavedAndTheMessageSaysWhy() {
        Workflow broken = new Workflow("Broken", "", Map.of(), sampleFlow("Broken").steps(), List.of(), null);

        assertThatThrownBy(() -> db.flows().save(null, broken, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was not saved").hasMessageContaining("vars.site");
        assertThat(db.flows().list()).isEmpty();
    }

    @Test
    void savingUnderANewNameRenamesTheWorkflow() {
        FlowVersion v1 = db.flows().save(null, sampleFlow("Digest"), null);

        FlowVersion renamed = db.flows().save(v1.flowId(), sampleFlow("Morning digest"), null);

        assertThat(renamed.version()).isEqualTo(2);
        assertThat(db.flows().latestByName("morning DIGEST")).map(FlowVersion::flowId).contains(v1.flowId());
        assertThat(db.flows().latestByName("Digest")).isEmpty();
        assertThat(db.flows().list()).extracting(FlowSummary::name).containsExactly("Morning digest");
    }

    @Test
    void deletingAWorkflowKeepsItsVersionsAndRunsAndAuditsIt() {
        FlowVersion v1 = db.flows().save(null, sampleFlow("Digest"), null);
        String run = db.runs().begin(v1.flowId(), 1, "Digest", "manual", Map.of(), AutomationStoreFixture.at(0), null);
        db.runs().finish(run, RunStatus.SUCCEEDED, AutomationStoreFixture.at(1), null);

        db.flows().delete(v1.flowId());

        assertThat(db.flows().list()).isEmpty();
        assertThat(db.flows().latest(v1.flowId())).isEmpty();
        assertThat(db.flows().latestByName("Digest")).isEmpty();
        assertThat(db.flows().versions(v1.flowId())).hasSize(1);
        assertThat(db.flows().version(v1.flowId(), 1)).isPresent();
        assertThat(db.runs().count(RunFilter.of(v1.flowId()))).isEqualTo(1);
        assertThat(db.audit().entries()).extracting(AuditEntry::action)
                .containsExactly(JdbiFlowStore.CREATED, JdbiFlowStore.DELETED);
        assertThatThrownBy(() -> db.flows().delete(v1.flowId())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aura flows list");
        assertThatThrownBy(() -> db.flows().save(v1.flowId(), sampleFlow("Digest"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deleted or never saved");
    }

    @Test
    void theListShowsEachWorkflowsLastRun() {
        FlowVersion digest = db.flows().save(null, sampleFlow("Digest"), null);
        FlowVersion idle = db.flows().save(null, sampleFlow("Idle"), null);
        String first = db.runs().begin(digest.flowId(), 1, "Digest", "manual", Map.of(), AutomationStoreFixture.at(0), null);
        db.runs().finish(first, RunStatus.SUCCEEDED, AutomationStoreFixture.at(1), null);
        String second = db.runs().begin(digest.flowId(), 1, "Digest", "cron 0 9 * * *", Map.of(),
                AutomationStoreFixture.at(10), null);
        db.runs().finish(second, RunStatus.FAILED, AutomationStoreFixture.at(11), "The site did not answer.");

        List<FlowSummary> list = db.flows().list();

        assertThat(list).extracting(FlowSummary::name).containsExactly("Digest", "Idle");
        assertThat(list.get(0).lastStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(list.get(0).lastRun()).isEqualTo(AutomationStoreFixture.at(10));
        assertThat(list.get(0).latestVersion()).isEqualTo(1);
        assertThat(list.get(0).description()).isEqualTo("Fetches a page and picks its title");
        assertThat(list.get(1).id()).isEqualTo(idle.flowId());
        assertThat(list.get(1).lastStatus()).isNull();
        assertThat(list.get(1).lastRun()).isNull();
    }

    @Test
    void concurrentSavesOfOneWorkflowGetDistinctVersions() throws Exception {
        FlowVersion v1 = db.flows().save(null, sampleFlow("Digest"), null);
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Workflow changed = new Workflow("Digest", "Edit " + i, sampleFlow("Digest").variables(), sampleFlow("Digest").steps(), List.of(),
                    null);
            saves.add(() -> db.flows().save(v1.flowId(), changed, null).version());
        }
        List<Integer> versions = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> f : pool.invokeAll(saves)) {
                versions.add(f.get());
            }
        }

        assertThat(versions).doesNotHaveDuplicates().hasSize(8);
        assertThat(db.flows().versions(v1.flowId())).extracting(FlowVersion::version)
                .containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1);
    }

    @Test
    void workflowsVersionsAndConfirmedPermissionsSurviveReopening() {
        FlowVersion v1 = db.flows().save(null, sampleFlow("Digest"), "first");
        Permissions confirmed = new Permissions(List.of(dir.resolve("notes")), List.of("example.org"), List.of("git"),
                true);
        db.flows().confirmPermissions(v1.flowId(), confirmed);

        db = db.reopen();

        assertThat(db.flows().latestByName("digest")).map(FlowVersion::workflow).contains(sampleFlow("Digest"));
        assertThat(db.flows().version(v1.flowId(), 1)).map(FlowVersion::note).contains("first");
        assertThat(db.flows().confirmedPermissions(v1.flowId())).contains(confirmed);
    }

    @Test
    void confirmingPermissionsAgainReplacesThem() {
        FlowVersion v1 = db.flows().save(null, sampleFlow("Digest"), null);
        assertThat(db.flows().confirmedPermissions(v1.flowId())).isEmpty();

        db.flows().confirmPermissions(v1.flowId(), Permissions.NONE);
        Permissions grown = new Permissions(List.of(), List.of("example.org", "api.example.org"), List.of(), false);
        db.flows().confirmPermissions(v1.flowId(), grown);

        assertThat(db.flows().confirmedPermissions(v1.flowId())).contains(grown);
        assertThat(db.flows().confirmedPermissions("not an id")).isEmpty();
    }

    @Test
    void flowAndVersionRowsAreLoggedForSync() {
        FlowVersion v1 = db.flows().save(null, sampleFlow("Digest"), null);
        db.flows().delete(v1.flowId());

        List<String> logged = db.store().jdbi().withHandle(h -> h.createQuery(
                        "SELECT entity || ':' || op FROM change_log ORDER BY seq").mapTo(String.class).list());

        assertThat(logged).containsExactly("automation_flow:UPSERT", "automation_flow_version:UPSERT",
                "automation_flow:DELETE");
    }
}
