package dev.aura.plugins.automation.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.ui.editor.StepPath.Branch;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's state without the toolkit, over the real store, with jobs run on the calling thread. */
class WorkflowEditorViewModelTest {
    @TempDir Path dir;
    private AuraCore core;
    private AutomationServices services;
    private WorkflowEditorViewModel vm;

    @BeforeEach
    void open() {
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                "http://127.0.0.1:9", Map.of(), false));
        core.store().migrate(AutomationSchema.MIGRATIONS);
        services = AutomationServices.create(new CorePluginContext(core, new PluginDescriptor("automation",
                "Automation", "0.1.0", PluginDescriptor.SPI_VERSION, "fth-git-branch", 35), (l, t, x) -> { },
                Locale.ENGLISH, false));
        vm = new WorkflowEditorViewModel(services, new Background(new CurrentThreadTaskRunner(), Runnable::run));
    }

    @AfterEach
    void close() {
        services.close();
        core.close();
    }

    @Test
    void stepsAreAddedAfterTheSelectedOneWithFreshIdsAndIntoBranches() {
        vm.createNew("Flow");
        vm.addStep(StepKind.NOTIFY);
        vm.addStep(StepKind.CONDITION);
        vm.selectedProperty().set(StepPath.top(0));
        vm.addStep(StepKind.NOTIFY);
        assertThat(ids()).containsExactly("notify", "notify2", "check");
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.top(1));

        StepPath.StepList otherwise = StepPath.top(2).branch(Branch.ELSE);
        vm.addStep(StepKind.DELAY, otherwise);
        assertThat(vm.selectedProperty().get()).isEqualTo(otherwise.at(0));
        assertThat(StepTree.get(vm.draft().steps(), otherwise.at(0)).id()).isEqualTo("wait");

        vm.selectedProperty().set(StepPath.top(2));
        vm.duplicateSelected();
        assertThat(ids()).containsExactly("notify", "notify2", "check", "check2");
        assertThat(((StepType.Condition) vm.draft().steps().get(3).type()).otherwise()).isEmpty();
    }

    @Test
    void movingAndDeletingKeepASensibleSelection() {
        vm.createNew("Flow");
        vm.addStep(StepKind.TRANSFORM);
        vm.addStep(StepKind.FILES);
        vm.addStep(StepKind.NOTIFY);
        vm.moveSelected(-1);
        assertThat(ids()).containsExactly("transform", "notify", "file");
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.top(1));
        vm.moveSelected(-5);
        assertThat(ids()).containsExactly("notify", "transform", "file");
        vm.moveTo(StepPath.top(0), 2);
        assertThat(ids()).containsExactly("transform", "file", "notify");
        vm.deleteSelected();
        assertThat(ids()).containsExactly("transform", "file");
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.top(1));
    }

    @Test
    void problemsRefuseTheSaveAndAFixedDraftSavesAsVersionsThatCanBeRestored() {
        vm.createNew("Flow");
        assertThat(vm.dirty()).isTrue();
        vm.addStep(StepKind.NOTIFY);
        vm.updateStep(StepPath.top(0), s -> Step.of(s.id(), new StepType.Notify("Hi", "{{ vars.who }}")));
        assertThat(vm.problems()).singleElement().satisfies(p -> assertThat(p.stepId()).isEqualTo("notify"));
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.refusedSavesProperty().get()).isEqualTo(1);
        assertThat(services.flows().list()).isEmpty();

        vm.update(w -> new Workflow(w.name(), "", Map.of("who", "Ada"), w.steps(), w.triggers(), w.permissions()));
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.save(() -> { })).isTrue();
        FlowVersion first = vm.saved();
        assertThat(first.version()).isEqualTo(1);
        assertThat(vm.dirty()).isFalse();

        vm.updateStep(StepPath.top(0), s -> Step.of(s.id(), new StepType.Notify("Hello", "{{ vars.who }}")));
        vm.setInputProblem("step:x:timeout", new dev.aura.plugins.automation.validation.Problem("notify", "bad"));
        assertThat(vm.save(() -> { })).isFalse();
        vm.setInputProblem("step:x:timeout", null);
        vm.save(() -> { });
        assertThat(vm.saved().version()).isEqualTo(2);

        vm.restore(first);
        assertThat(vm.saved().version()).isEqualTo(3);
        assertThat(vm.saved().note()).isEqualTo("restored from version 1");
        assertThat(((StepType.Notify) vm.draft().steps().getFirst().type()).title()).isEqualTo("Hi");
        assertThat(vm.dirty()).isFalse();
    }

    private List<String> ids() {
        return vm.draft().steps().stream().map(Step::id).toList();
    }
}
