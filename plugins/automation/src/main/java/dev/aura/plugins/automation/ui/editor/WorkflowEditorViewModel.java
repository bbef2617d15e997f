package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.validation.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workflow being edited: its latest saved version (none for a new one), the draft, whether they differ, the
 * problems that block a save (from the validator and from fields whose text cannot be used), the selected step, and
 * load / save / delete / restore as background jobs. Step edits go through {@link StepTree} by path.
 */
public final class WorkflowEditorViewModel {
    public enum State { NONE, LOADING, READY, SAVING, ERROR }

    private final AutomationServices services;
    private final Background background;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ReadOnlyObjectWrapper<FlowVersion> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Workflow> baseline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Workflow> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper structure = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<StepPath> selected = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final Map<String, Problem> inputProblems = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper refusedSaves = new ReadOnlyIntegerWrapper();
    private final BooleanBinding dirty;
    private final List<Consumer<FlowVersion>> savedListeners = new ArrayList<>();
    private final List<Consumer<String>> deletedListeners = new ArrayList<>();

    public WorkflowEditorViewModel(AutomationServices services, Background background) {
        this.services = services;
        this.background = background;
        dirty = Bindings.createBooleanBinding(() -> draft.get() != null
                && (saved.get() == null || !Objects.equals(draft.get(), baseline.get())), draft, baseline, saved);
    }

    public void load(String flowId) {
        state.set(State.LOADING);
        background.run("automation.load-flow", job -> services.flows().latest(flowId).orElseThrow(() ->
                new IllegalStateException("The workflow was deleted meanwhile. Pick another one in the list.")),
                this::show, this::fail);
    }

    /** Shows {@code version} as saved and as the draft, dropping edits (callers ask the user first). */
    public void show(FlowVersion version) {
        saved.set(version);
        replaceDraft(version.workflow());
    }

    /** A new, unsaved workflow named {@code name}; it is stored on the first save. */
    public void createNew(String name) {
        saved.set(null);
        replaceDraft(new Workflow(name, "", Map.of(), List.of(), List.of(), null));
    }

    private void replaceDraft(Workflow workflow) {
        baseline.set(workflow);
        draft.set(workflow);
        inputProblems.clear();
        error.set("");
        selected.set(workflow.steps().isEmpty() ? null : StepPath.top(0));
        revalidate();
        state.set(State.READY);
        loads.set(loads.get() + 1);
        structure.set(structure.get() + 1);
    }

    public void update(UnaryOperator<Workflow> edit) {
        if (draft.get() != null) {
            draft.set(edit.apply(draft.get()));
            revalidate();
        }
    }

    public void updateStep(StepPath path, UnaryOperator<Step> edit) {
        if (draft.get() != null && StepTree.exists(draft.get().steps(), path)) {
            setSteps(StepTree.replace(draft.get().steps(), path, edit));
        }
    }

    /** Adds a blank step of {@code kind} after the selected one (or at the end) and selects it. */
    public void addStep(StepKind kind) {
        addStep(kind, null);
    }

    /** Adds into {@code into} (a branch) when given, else after the selected step in its list. */
    public void addStep(StepKind kind, StepPath.StepList into) {
        if (draft.get() == null) {
            return;
        }
        List<Step> steps = draft.get().steps();
        Step step = Step.of(StepTree.freshId(steps, kind.idBase()), kind.blank());
        StepPath target;
        if (into != null) {
            target = into.at(StepTree.list(steps, into).size());
        } else if (selected.get() != null && StepTree.exists(steps, selected.get())) {
            target = selected.get().withIndex(selected.get().index() + 1);
        } else {
            target = StepPath.top(steps.size());
        }
        changeStructure(StepTree.insert(steps, target.list(), target.index(), step), target);
    }

    public void duplicateSelected() {
        StepPath path = selectedExisting();
        if (path == null) {
            return;
        }
        List<Step> steps = draft.get().steps();
        Step original = StepTree.get(steps, path);
        // nested steps keep unique ids: a copied condition or for-each starts with empty branches
        StepType type = switch (original.type()) {
            case StepType.Condition c -> new StepType.Condition(c.expression(), List.of(), List.of());
            case StepType.ForEach f -> new StepType.ForEach(f.items(), List.of(), f.concurrency());
            default -> original.type();
        };
        Step copy = new Step(StepTree.freshId(steps, original.id()), type, original.retry(), original.timeout(),
                original.onError());
        StepPath target = path.withIndex(path.index() + 1);
        changeStructure(StepTree.insert(steps, path.list(), target.index(), copy), target);
    }

    public void deleteSelected() {
        StepPath path = selectedExisting();
        if (path == null) {
            return;
        }
        List<Step> after = StepTree.remove(draft.get().steps(), path);
        int size = StepTree.list(after, path.list()).size(); // the owner of a branch keeps its path
        StepPath next = size == 0 ? path.list().owner() : path.withIndex(Math.min(path.index(), size - 1));
        changeStructure(after, next);
    }

    /** Moves the selected step up ({@code -1}) or down ({@code +1}) in its list. */
    public void moveSelected(int delta) {
        StepPath path = selectedExisting();
        if (path == null) {
            return;
        }
        moveTo(path, path.index() + delta);
    }

    /** Moves the step at {@code path} to {@code index} of the same list (drag and drop) and selects it. */
    public void moveTo(StepPath path, int index) {
        List<Step> steps = draft.get().steps();
        int size = StepTree.list(steps, path.list()).size();
        int clamped = Math.max(0, Math.min(index, size - 1));
        if (clamped == path.index()) {
            return;
        }
        changeStructure(StepTree.move(steps, path, clamped), path.withIndex(clamped));
    }

    private StepPath selectedExisting() {
        StepPath path = selected.get();
        return draft.get() == null || path == null || !StepTree.exists(draft.get().steps(), path) ? null : path;
    }

    private void setSteps(List<Step> steps) {
        Workflow w = draft.get();
        draft.set(new Workflow(w.name(), w.description(), w.variables(), steps, w.triggers(), w.permissions(),
                w.policy()));
        revalidate();
    }

    private void changeStructure(List<Step> steps, StepPath select) {
        setSteps(steps);
        structure.set(structure.get() + 1);
        selected.set(select);
    }

    /** A field whose text cannot be used (a duration that is no duration); null clears it. */
    public void setInputProblem(String field, Problem problem) {
        boolean changed = problem == null ? inputProblems.remove(field) != null
                : !problem.equals(inputProblems.put(field, problem));
        if (changed) {
            revalidate();
        }
    }

    /** Forgets the input problems of fields whose key starts with {@code prefix} (their form was rebuilt). */
    public void clearInputProblems(String prefix) {
        if (inputProblems.keySet().removeIf(k -> k.startsWith(prefix))) {
            revalidate();
        }
    }

    /**
     * Saves the draft as the next version unless problems block it (then this returns false and the problems stay
     * in view). {@code then} runs after a successful save.
     */
    public boolean save(Runnable then) {
        if (draft.get() == null || state.get() == State.SAVING) {
            return false;
        }
        revalidate();
        if (!problems.isEmpty()) {
            refusedSaves.set(refusedSaves.get() + 1);
            return false;
        }
        if (!dirty()) {
            then.run();
            return true;
        }
        return persist(draft.get(), "", then);
    }

    /** Saves the content of an older version as the newest one, noted "restored from version N". */
    public void restore(FlowVersion version) {
        if (saved.get() != null) {
            persist(version.workflow(), "restored from version " + version.version(), () -> { });
        }
    }

    private boolean persist(Workflow workflow, String note, Runnable then) {
        String flowId = saved.get() == null ? null : saved.get().flowId();
        state.set(State.SAVING);
        background.run("automation.save-flow", job -> services.save(flowId, workflow, note), version -> {
            StepPath keep = selected.get();
            boolean sameContent = workflow.equals(draft.get());
            saved.set(version);
            if (sameContent) {
                baseline.set(workflow);
                error.set("");
                state.set(State.READY);
            } else {
                replaceDraft(version.workflow());
            }
            if (keep != null && StepTree.exists(draft.get().steps(), keep)) {
                selected.set(keep);
            }
            savedListeners.forEach(l -> l.accept(version));
            then.run();
        }, this::fail);
        return true;
    }

    public void discard() {
        if (saved.get() != null) {
            show(saved.get());
        } else {
            clear();
        }
    }

    public void delete() {
        FlowVersion current = saved.get();
        if (current == null) {
            clear();
            return;
        }
        background.run("automation.delete-flow", job -> {
            services.delete(current.flowId());
            return current.flowId();
        }, id -> {
            clear();
            deletedListeners.forEach(l -> l.accept(id));
        }, this::fail);
    }

    public void clear() {
        saved.set(null);
        baseline.set(null);
        draft.set(null);
        selected.set(null);
        problems.clear();
        inputProblems.clear();
        state.set(State.NONE);
        loads.set(loads.get() + 1);
        structure.set(structure.get() + 1);
    }

    private void revalidate() {
        List<Problem> now = new ArrayList<>();
        if (draft.get() != null) {
            now.addAll(services.validate(draft.get()));
            now.addAll(inputProblems.values());
        }
        if (!problems.equals(now)) {
            problems.setAll(now);
        }
    }

    private void fail(Throwable failure) {
        error.set(Background.describe(failure));
        state.set(draft.get() == null ? State.ERROR : State.READY);
    }

    public void onSaved(Consumer<FlowVersion> listener) {
        savedListeners.add(listener);
    }

    public void onDeleted(Consumer<String> listener) {
        deletedListeners.add(listener);
    }

    /** The stored id of the shown workflow; null when none is shown or it was never saved. */
    public String flowId() {
        return saved.get() == null ? null : saved.get().flowId();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<FlowVersion> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public FlowVersion saved() {
        return saved.get();
    }

    public ReadOnlyObjectProperty<Workflow> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public Workflow draft() {
        return draft.get();
    }

    /** Grows each time the draft is replaced wholesale (load, discard, restore), so the forms rebuild. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** Grows each time steps are added, removed or moved, so the step list rebuilds. */
    public ReadOnlyIntegerProperty structureProperty() {
        return structure.getReadOnlyProperty();
    }

    /** Grows each time a save is refused because of problems. */
    public ReadOnlyIntegerProperty refusedSavesProperty() {
        return refusedSaves.getReadOnlyProperty();
    }

    public ObjectProperty<StepPath> selectedProperty() {
        return selected;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean dirty() {
        return dirty.get();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
