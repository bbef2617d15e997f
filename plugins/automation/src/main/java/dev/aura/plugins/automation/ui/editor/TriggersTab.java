package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Triggers tab: add and remove triggers, each with its own fields, and the policy for triggered runs. */
final class TriggersTab {
    private final WorkflowEditorViewModel vm;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<Window> window;
    private final VBox content = new VBox(12);
    private final VBox cards = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final List<TriggerCard> shown = new ArrayList<>();
    private int serial;

    TriggersTab(WorkflowEditorViewModel vm, Messages messages, Clock clock, Supplier<Window> window) {
        this.vm = vm;
        this.messages = messages;
        this.clock = clock;
        this.window = window;
        content.setPadding(new Insets(16));
        content.setMaxWidth(760);
        root.setFitToWidth(true);
        root.setId("triggers-tab");
        vm.loadsProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    ScrollPane root() {
        return root;
    }

    private void rebuild() {
        content.getChildren().clear();
        shown.clear();
        cards.getChildren().clear();
        vm.clearInputProblems("trigger:");
        if (vm.draft() == null) {
            return;
        }
        MenuButton add = new MenuButton(messages.text("editor.triggers.add"), new FontIcon(Feather.PLUS));
        add.setId("add-trigger");
        add.getStyleClass().add(Styles.ACCENT);
        add.getItems().addAll(
                item("manual", Feather.PLAY, () -> new Trigger.Manual()),
                item("cron", Feather.CALENDAR, () -> new Trigger.Cron("0 9 * * 1-5")),
                item("interval", Feather.REFRESH_CW, () -> new Trigger.Interval(Duration.ofHours(1))),
                item("watch", Feather.FOLDER, () -> new Trigger.FolderWatch(null, Duration.ofSeconds(2))),
                item("appStart", Feather.POWER, () -> new Trigger.AppStart()));
        Label none = new Label(messages.text("editor.triggers.none"));
        none.setId("triggers-none");
        none.getStyleClass().add("muted-text");
        none.setWrapText(true);
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(cards.getChildren()));
        none.managedProperty().bind(none.visibleProperty());
        for (Trigger trigger : vm.draft().triggers()) {
            addCard(trigger);
        }
        content.getChildren().addAll(Forms.caption(messages.text("editor.triggers.title")), none, cards, add,
                Forms.caption(messages.text("editor.policy.title")), policy());
    }

    private MenuItem item(String key, Feather icon, Supplier<Trigger> create) {
        MenuItem item = new MenuItem(messages.text("editor.trigger." + key), new FontIcon(icon));
        item.setId("add-trigger-" + key);
        item.setOnAction(e -> {
            addCard(create.get());
            write();
        });
        return item;
    }

    private void addCard(Trigger trigger) {
        String key = "trigger:" + (++serial) + ":";
        TriggerCard card = new TriggerCard(trigger, messages, clock, window, this::write,
                (field, message) -> vm.setInputProblem(key + field, message == null ? null
                        : new dev.aura.plugins.automation.validation.Problem(null, message)));
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setId("remove-trigger-" + shown.size());
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip(messages.text("editor.triggers.remove")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, card.title(), gap, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, card.body());
        box.getStyleClass().add("trigger-card");
        box.setId("trigger-" + shown.size());
        remove.setOnAction(e -> {
            vm.clearInputProblems(key);
            shown.remove(card);
            cards.getChildren().remove(box);
            write();
        });
        shown.add(card);
        cards.getChildren().add(box);
    }

    private void write() {
        List<Trigger> triggers = shown.stream().map(TriggerCard::trigger).toList();
        vm.update(w -> new Workflow(w.name(), w.description(), w.variables(), w.steps(), triggers, w.permissions(),
                w.policy()));
    }

    private GridPane policy() {
        RunPolicy current = vm.draft().policy();
        ComboBox<RunPolicy.MissedRuns> missed = new ComboBox<>();
        missed.setId("policy-missed");
        missed.getItems().setAll(RunPolicy.MissedRuns.values());
        missed.setConverter(Combos.converter(m -> messages.text("editor.policy.missed." + lower(m))));
        missed.setValue(current.missed());
        ComboBox<RunPolicy.Overlap> overlap = new ComboBox<>();
        overlap.setId("policy-overlap");
        overlap.getItems().setAll(RunPolicy.Overlap.values());
        overlap.setConverter(Combos.converter(m -> messages.text("editor.policy.overlap." + lower(m))));
        overlap.setValue(current.overlap());
        Runnable write = () -> vm.update(w -> w.withPolicy(new RunPolicy(missed.getValue(), overlap.getValue())));
        missed.valueProperty().addListener((o, a, b) -> write.run());
        overlap.valueProperty().addListener((o, a, b) -> write.run());
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.text("editor.policy.missed"), missed);
        Forms.row(grid, messages.text("editor.policy.overlap"), overlap);
        grid.add(Paragraph.of(messages.text("editor.policy.hint"), "hint-text"), 1, grid.getRowCount());
        return grid;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
