package dev.aura.plugins.automation.ui.editor;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.runs.ActiveRun;
import dev.aura.plugins.automation.runs.RunEvents;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.ui.runs.RunsPane;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * Wires the panel: the list, the editor and its tabs, the Runs tab ({@link RunsPane}, built when first shown), and
 * what the header, palette and shortcuts do (new, save, run, delete, import, export) with the unsaved-changes guard.
 */
public final class AutomationPanel {
    private final AutomationServices services;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final WorkflowListViewModel list;
    private final WorkflowEditorViewModel editor;
    private final VersionsViewModel versions;
    private final EditorChoices choices = new EditorChoices(FXCollections.observableArrayList(),
            FXCollections.observableArrayList(), FXCollections.observableArrayList());
    private final Dialogs dialogs;
    private final Transfers transfers;
    private final RunsPane runs;
    private final StackPane runsHolder = new StackPane();
    private AutomationView view;
    private WorkflowListPane listPane;
    private WorkflowPane workflowPane;
    private final Executor uiThread;
    private Subscription runEvents = Subscription.none();
    private boolean runsShown;
    private boolean selecting;
    private String pendingSelection;

    public AutomationPanel(AutomationServices services, Messages messages, Executor uiThread, Clock clock) {
        this.services = services;
        this.messages = messages;
        this.clock = clock;
        this.uiThread = uiThread;
        this.dialogs = new Dialogs(messages, this::window);
        this.background = new Background(services.context().tasks(), uiThread, (job, failure) -> services.context()
                .notifier().error(messages.text("editor.error.title"), messages.text("editor.error.text",
                        Background.describe(failure))));
        this.list = new WorkflowListViewModel(services.flows(), background);
        this.editor = new WorkflowEditorViewModel(services, background);
        this.versions = new VersionsViewModel(services.flows(), background);
        this.transfers = new Transfers(services, background, messages, dialogs);
        this.runs = new RunsPane(services, messages, uiThread, clock);
        list.names().addListener((ListChangeListener<String>) c -> choices.workflowNames().setAll(list.names()));
        editor.onSaved(version -> {
            pendingSelection = version.flowId();
            list.refresh();
            versions.load(version.flowId());
            showRunsOf(version.flowId());
        });
        editor.onDeleted(id -> {
            list.refresh();
            versions.load(null);
        });
    }

    public Node createView() {
        if (view == null) {
            listPane = new WorkflowListPane(list, messages, this::newWorkflow, this::importChosen, this::exportChosen);
            WorkflowPane.Tabs tabs = new WorkflowPane.Tabs(new StepsTab(editor, messages, choices).root(),
                    new VariablesTab(editor, messages).root(),
                    new TriggersTab(editor, messages, clock, this::window).root(),
                    new PermissionsTab(editor, messages, this::window).root(),
                    new VersionsTab(versions, editor, messages, dialogs).root(), runsHolder);
            workflowPane = new WorkflowPane(editor, messages, tabs, this::save, this::run, this::delete);
            workflowPane.shownTab().addListener((o, a, b) -> {
                if ("tab-runs".equals(b)) {
                    showRuns();
                }
            });
            view = new AutomationView(listPane, workflowPane, editor, messages);
            listPane.list().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> onSelect(a, b));
            list.items().addListener((ListChangeListener<WorkflowRow>) c -> selectPending());
            Transfers.acceptDrops(view.root(), this::importFile);
            list.refresh();
            loadChoices();
            // the list's last-run badges follow runs started here, by triggers or from the command palette
            runEvents = services.runs().subscribe(new RunEvents() {
                @Override
                public void runStarted(ActiveRun run) {
                    uiThread.execute(list::refresh);
                }

                @Override
                public void runFinished(ActiveRun run, RunRecord record) {
                    uiThread.execute(list::refresh);
                }
            });
        }
        return view.root();
    }

    public void activate() {
        if (view != null) {
            list.refresh();
            loadChoices();
        }
    }

    public WorkflowListViewModel listViewModel() {
        return list;
    }

    public WorkflowEditorViewModel editorViewModel() {
        return editor;
    }

    public VersionsViewModel versionsViewModel() {
        return versions;
    }

    public RunsPane runs() {
        return runs;
    }

    public void newWorkflow() {
        createView(); // from the palette, before the panel was first shown
        leaveThen(() -> {
            clearListSelection();
            editor.createNew(list.freshName(messages.text("editor.untitled")));
            versions.load(null);
            workflowPane.select("tab-steps");
        });
    }

    public void save() {
        editor.save(() -> { });
    }

    /**
     * Starts a manual run of the saved workflow; unsaved changes are saved first (after asking), since a run uses
     * the stored version.
     */
    public void run() {
        if (editor.draft() == null) {
            return;
        }
        Runnable start = () -> {
            String flowId = editor.flowId();
            if (flowId != null) {
                workflowPane.select("tab-runs");
                runs.runManually(flowId, window());
            }
        };
        if (!editor.dirty()) {
            start.run();
            return;
        }
        if (dialogs.confirm(messages.text("editor.run.saveTitle", editor.draft().name()),
                messages.text("editor.run.saveText"), messages.text("editor.run.saveAndRun"))) {
            editor.save(start);
        }
    }

    void delete() {
        if (editor.draft() == null || !dialogs.confirm(messages.text("editor.delete.title", editor.draft().name()),
                messages.text(editor.saved() == null ? "editor.delete.unsaved" : "editor.delete.text"),
                messages.text("editor.delete.ok"))) {
            return;
        }
        editor.delete();
    }

    public void importChosen() {
        transfers.chooseImport(window()).ifPresent(this::importFile);
    }

    /** Imports {@code file} (a new workflow or a new version of the one with its name) and shows it. */
    public void importFile(Path file) {
        createView();
        leaveThen(() -> transfers.importFile(file, version -> {
            editor.show(version);
            pendingSelection = version.flowId();
            versions.load(version.flowId());
            showRunsOf(version.flowId());
            list.queryProperty().set("");
            list.refresh();
        }));
    }

    void exportChosen() {
        FlowVersion version = editor.saved();
        if (version == null) {
            dialogs.inform(messages.text("editor.export.none"), messages.text("editor.export.noneText"));
            return;
        }
        transfers.chooseExport(window(), version).ifPresent(this::exportTo);
    }

    /** Writes the shown workflow's latest saved version to {@code file} as YAML. */
    public void exportTo(Path file) {
        if (editor.saved() != null) {
            transfers.export(editor.saved(), file);
        }
    }

    /** False when the user keeps the window open: runs are going, or edits are unsaved, and they chose to stay. */
    public boolean canClose() {
        int active = runs.activeRuns();
        if (active > 0 && !dialogs.confirm(messages.text("editor.close.runsTitle", active),
                messages.text("editor.close.runsText"), messages.text("editor.close.cancelRuns"))) {
            return false;
        }
        return !editor.dirty() || dialogs.confirm(messages.text("editor.close.unsavedTitle", editor.draft().name()),
                messages.text("editor.close.unsavedText"), messages.text("editor.leave.discard"));
    }

    public void stop() {
        runEvents.close();
        runs.stop();
    }

    private void onSelect(WorkflowRow previous, WorkflowRow next) {
        if (selecting || next == null || next.id().equals(editor.flowId())) {
            return;
        }
        if (editor.dirty()) {
            Dialogs.Leave answer = dialogs.askLeave(editor.draft().name());
            if (answer == Dialogs.Leave.CANCEL) {
                reselect(previous);
                return;
            }
            if (answer == Dialogs.Leave.SAVE) {
                if (!editor.save(() -> show(next.id()))) {
                    reselect(previous);
                }
                return;
            }
        }
        show(next.id());
    }

    private void show(String flowId) {
        pendingSelection = flowId;
        editor.load(flowId);
        versions.load(flowId);
        showRunsOf(flowId);
    }

    private void showRunsOf(String flowId) {
        if (runsShown) {
            runs.showFlow(flowId);
        }
    }

    /** The Runs tab's content is built the first time it is shown. */
    private void showRuns() {
        if (!runsShown) {
            runsHolder.getChildren().setAll(runs.node());
            runsShown = true;
        }
        runs.showFlow(editor.flowId());
    }

    private void reselect(WorkflowRow previous) {
        Platform.runLater(() -> {
            selecting = true;
            try {
                if (previous == null) {
                    listPane.list().getSelectionModel().clearSelection();
                } else {
                    listPane.list().getSelectionModel().select(previous);
                }
            } finally {
                selecting = false;
            }
        });
    }

    private void clearListSelection() {
        selecting = true;
        try {
            listPane.list().getSelectionModel().clearSelection();
        } finally {
            selecting = false;
        }
    }

    /** Asks about unsaved edits before {@code then}; Save saves first, Cancel does nothing. */
    private void leaveThen(Runnable then) {
        if (!editor.dirty()) {
            then.run();
            return;
        }
        switch (dialogs.askLeave(editor.draft().name())) {
            case SAVE -> editor.save(then);
            case DISCARD -> {
                editor.discard();
                then.run();
            }
            case CANCEL -> { }
        }
    }

    /** After the list reloads, the shown workflow (or the one just saved or imported) stays selected. */
    private void selectPending() {
        String target = pendingSelection != null ? pendingSelection : editor.flowId();
        if (target == null || listPane == null) {
            return;
        }
        list.items().stream().filter(r -> r.id().equals(target)).findFirst().ifPresent(row -> {
            pendingSelection = null;
            if (row.equals(listPane.list().getSelectionModel().getSelectedItem())) {
                return;
            }
            selecting = true;
            try {
                listPane.list().getSelectionModel().select(row);
                listPane.list().scrollTo(row);
            } finally {
                selecting = false;
            }
        });
    }

    private void loadChoices() {
        background.run("automation.list-models", job -> services.context().models().list().stream()
                .map(InstalledModel::name).sorted().toList(), choices.models()::setAll,
                failure -> choices.models().clear()); // Ollama down: the model field stays free text
        background.run("automation.prompt-references", job -> services.context().prompts().references(),
                choices.promptReferences()::setAll, failure -> choices.promptReferences().clear());
    }

    public Window window() {
        return view == null || view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }

    public Node root() {
        return view == null ? null : view.root();
    }
}
