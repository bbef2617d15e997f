package dev.aura.plugins.prompts.ui;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.ui.runs.RunsPane;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The windowed half of the plugin, created on the FX thread on first use: the card list, the card editor (prompt,
 * tests, versions, checks) and, on its Runs tab, {@link RunsPane}; palette commands; import and export.
 */
public final class PromptsUi {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RUN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final PromptsServices services;
    private final Messages messages;
    private final Background background;
    private final CardListViewModel list;
    private final CardEditorViewModel editor;
    private final VersionsViewModel versions;
    private final ChecksViewModel checks;
    private final ObservableList<String> installedModels = FXCollections.observableArrayList();
    private final Dialogs dialogs;
    private final Transfers transfers;
    private final Duration checksDebounce;
    private PauseTransition checksDelay;
    private RunsPane runs;
    private PromptsView view;
    private CardListPane listPane;
    private CardPane cardPane;
    private List<PluginCommand> commands;
    private boolean selecting;
    private String pendingSelection;

    public PromptsUi(PromptsServices services, Messages messages) {
        this(services, messages, Platform::runLater, Duration.ofMillis(300));
    }

    /** @param checksDebounce the pause after the last edit before the prompt checks run again */
    public PromptsUi(PromptsServices services, Messages messages, Executor uiThread, Duration checksDebounce) {
        this.services = services;
        this.messages = messages;
        this.dialogs = new Dialogs(messages, this::window);
        this.background = new Background(services.context().tasks(), uiThread, (job, failure) -> services.context()
                .notifier().error(messages.text("cards.error.title"), messages.text("cards.error.text",
                        Background.describe(failure))));
        this.list = new CardListViewModel(services.cards(), background);
        this.editor = new CardEditorViewModel(services.cards(), background, messages);
        this.versions = new VersionsViewModel(services.cards(), background, new CardText(messages));
        this.checks = new ChecksViewModel(services.checker());
        this.checksDebounce = checksDebounce;
        this.transfers = new Transfers(services, background, messages, dialogs);
        editor.onSaved(version -> {
            list.refresh();
            versions.load(version.cardId());
            if (runs != null) {
                runs.show(version);
            }
        });
        editor.onDeleted(id -> {
            list.refresh();
            versions.load(null);
        });

    }

    public Node createView() {
        if (view == null) {
            runs = new RunsPane(services, messages);
            listPane = new CardListPane(list, messages, this::newCard, this::importConfig, this::exportCard);
            PromptTab prompt = new PromptTab(editor, messages, services.templates(), installedModels, dialogs);
            TestsTab tests = new TestsTab(editor, messages, services.templates());
            VersionsTab versionsTab = new VersionsTab(versions, editor, messages, dialogs);
            cardPane = new CardPane(editor, messages, prompt.root(), tests.root(), versionsTab.root(),
                    new ChecksTab(checks, messages).root(), runs, this::save, this::run, this::deleteCard);
            view = new PromptsView(listPane, cardPane, editor, messages);
            // the checks run a short pause after the last edit, and at once for a card just shown
            checksDelay = new PauseTransition(javafx.util.Duration.millis(checksDebounce.toMillis()));
            checksDelay.setOnFinished(e -> checks.scan(editor.draft()));
            editor.draftProperty().addListener((o, a, b) -> checksDelay.playFromStart());
            editor.loadsProperty().addListener((o, a, b) -> {
                prompt.rebuild();
                tests.rebuild();
                checksDelay.stop();
                checks.scan(editor.draft());
            });
            listPane.list().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> onSelect(a, b));
            list.items().addListener((ListChangeListener<CardSummary>) c -> selectPending());
            view.root().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (SAVE.match(e)) {
                    save();
                    e.consume();
                } else if (RUN.match(e)) {
                    run();
                    e.consume();
                }
            });
            Transfers.acceptConfigDrops(view.root(), this::importFile);
            list.refresh();
            loadModels();
        }
        return view.root();
    }

    public void activate() {
        if (view != null) {
            list.refresh();
        }
    }

    public void deactivate() {
        // the panel keeps its draft while hidden; nothing listens outside its own nodes
    }

    public List<PluginCommand> commands() {
        if (commands == null) {
            String category = messages.text("plugin.name");
            ReadOnlyBooleanWrapper cardShown = new ReadOnlyBooleanWrapper();
            cardShown.bind(editor.savedProperty().isNotNull());
            commands = List.of(
                    PluginCommand.of("prompts.new-card", messages.text("cards.command.new"), category, null,
                            this::newCard),
                    new PluginCommand("prompts.save", messages.text("cards.command.save"), category, SAVE,
                            cardShown.getReadOnlyProperty(), this::save),
                    new PluginCommand("prompts.run", messages.text("cards.command.run"), category, RUN,
                            cardShown.getReadOnlyProperty(), this::run),
                    PluginCommand.of("prompts.import", messages.text("cards.command.import"), category, null,
                            this::importConfig),
                    new PluginCommand("prompts.export", messages.text("cards.command.export"), category, null,
                            cardShown.getReadOnlyProperty(), this::exportCard));
        }
        return commands;
    }

    public void stop() {
        if (runs != null) {
            runs.dispose();
        }
    }

    void newCard() {
        leaveThen(() -> editor.create(messages.text("cards.untitled"), this::selectCreated));
    }

    void save() {
        editor.save(() -> { });
    }

    /** Runs the latest save; unsaved edits are saved first so the run tests what the user sees. */
    void run() {
        if (runs == null || editor.saved() == null) {
            return;
        }
        cardPane.select("tab-runs");
        if (editor.dirty()) {
            editor.save(runs::runNow);
        } else {
            runs.runNow();
        }
    }

    private void onSelect(CardSummary previous, CardSummary next) {
        if (selecting || next == null) {
            return;
        }
        if (editor.saved() != null && next.id().equals(editor.saved().cardId())) {
            return;
        }
        if (editor.dirty()) {
            Dialogs.Leave answer = dialogs.askLeave(editor.draft().title());
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

    private void show(String cardId) {
        pendingSelection = cardId; // a list reload meanwhile keeps this card selected, not the one left
        editor.load(cardId);
        versions.load(cardId);
        background.run("prompts.load-latest", job -> services.cards().latest(cardId), version -> {
            if (runs != null) {
                runs.show(version);
            }
        });
    }

    /** Goes back to the card the user stayed on; later, so the list finishes the change it is making now. */
    private void reselect(CardSummary previous) {
        Platform.runLater(() -> {
            selecting = true;
            try {
                listPane.list().getSelectionModel().select(previous);
            } finally {
                selecting = false;
            }
        });
    }

    /** Asks about unsaved edits before {@code then}; Save saves first, Cancel does nothing. */
    private void leaveThen(Runnable then) {
        if (!editor.dirty()) {
            then.run();
            return;
        }
        switch (dialogs.askLeave(editor.draft().title())) {
            case SAVE -> editor.save(then);
            case DISCARD -> {
                editor.discard();
                then.run();
            }
            case CANCEL -> { }
        }
    }

    private void selectCreated(CardVersion version) {
        pendingSelection = version.cardId();
        versions.load(version.cardId());
        if (runs != null) {
            runs.show(version);
        }
        list.clearFilters();
    }

    /** After the list reloads, the shown card (or the one just created) stays selected. */
    private void selectPending() {
        String target = pendingSelection != null ? pendingSelection
                : editor.saved() == null ? null : editor.saved().cardId();
        if (target == null || listPane == null) {
            return;
        }
        list.items().stream().filter(c -> c.id().equals(target)).findFirst().ifPresent(card -> {
            pendingSelection = null;
            if (card.equals(listPane.list().getSelectionModel().getSelectedItem())) {
                return;
            }
            selecting = true;
            try {
                listPane.list().getSelectionModel().select(card);
                listPane.list().scrollTo(card);
            } finally {
                selecting = false;
            }
        });
    }

    private void deleteCard() {
        if (editor.saved() == null || !dialogs.confirm(messages.text("cards.delete.title",
                editor.draft().title()), messages.text("cards.delete.text"))) {
            return;
        }
        editor.delete();
    }

    void importConfig() {
        transfers.chooseConfig(window()).ifPresent(this::importFile);
    }

    /** Imports {@code file} as a new card and shows it (the file chooser's second half, and drag-and-drop's). */
    public void importFile(java.nio.file.Path file) {
        leaveThen(() -> transfers.importConfig(file, version -> {
            editor.show(version);
            selectCreated(version);
        }));
    }

    /** Writes the shown card's latest save to {@code file} as a promptfoo config (the chooser's second half). */
    public void exportTo(java.nio.file.Path file) {
        if (editor.saved() != null) {
            transfers.export(editor.saved(), file);
        }
    }

    void exportCard() {
        CardVersion version = editor.saved();
        if (version == null) {
            dialogs.inform(messages.text("cards.export.none"), messages.text("cards.export.noneText"));
            return;
        }
        transfers.chooseTarget(window(), version).ifPresent(this::exportTo);
    }

    private void loadModels() {
        background.run("prompts.list-models", job -> services.context().models().list().stream()
                .map(InstalledModel::name).sorted().toList(), installedModels::setAll,
                failure -> installedModels.clear()); // Ollama down: the model field stays free text
    }

    private Window window() {
        return view == null || view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }

    CardListViewModel listViewModel() {
        return list;
    }

    CardEditorViewModel editorViewModel() {
        return editor;
    }

    VersionsViewModel versionsViewModel() {
        return versions;
    }

    ChecksViewModel checksViewModel() {
        return checks;
    }
}
