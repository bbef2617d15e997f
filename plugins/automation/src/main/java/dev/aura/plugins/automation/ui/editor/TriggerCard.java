package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.cron.CronSchedule;
import dev.aura.plugins.automation.cron.InvalidCronException;
import dev.aura.plugins.automation.model.Trigger;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One trigger's fields: a cron expression with its plain-language meaning and next five run times (or why it does
 * not parse), an interval, a watched folder with its debounce, or a line saying what manual and app-start do.
 */
final class TriggerCard {
    private final Messages messages;
    private final Clock clock;
    private final Supplier<Window> window;
    private final Runnable onEdit;
    private final BiConsumer<String, String> onProblem;
    private final Label title;
    private final VBox body = new VBox(8);
    private Trigger trigger;

    TriggerCard(Trigger trigger, Messages messages, Clock clock, Supplier<Window> window, Runnable onEdit,
                BiConsumer<String, String> onProblem) {
        this.trigger = trigger;
        this.messages = messages;
        this.clock = clock;
        this.window = window;
        this.onEdit = onEdit;
        this.onProblem = onProblem;
        this.title = new Label();
        title.getStyleClass().add("trigger-title");
        switch (trigger) {
            case Trigger.Manual m -> simple("manual", Feather.PLAY);
            case Trigger.AppStart a -> simple("appStart", Feather.POWER);
            case Trigger.Cron c -> cron(c);
            case Trigger.Interval i -> interval(i);
            case Trigger.FolderWatch w -> watch(w);
        }
    }

    Label title() {
        return title;
    }

    VBox body() {
        return body;
    }

    Trigger trigger() {
        return trigger;
    }

    private void heading(String key, Feather icon) {
        title.setText(t("editor.trigger." + key));
        title.setGraphic(new FontIcon(icon));
    }

    private void simple(String key, Feather icon) {
        heading(key, icon);
        body.getChildren().add(Paragraph.of(t("editor.trigger." + key + ".text"), "hint-text"));
    }

    private void cron(Trigger.Cron c) {
        heading("cron", Feather.CALENDAR);
        TextField expression = new TextField(c.expression());
        expression.setId("cron-expression");
        expression.setPromptText("0 9 * * 1-5");
        Label problem = Forms.problemLabel("cron-problem");
        Label meaning = new Label();
        meaning.setId("cron-description");
        meaning.getStyleClass().add("cron-description");
        meaning.setWrapText(true);
        VBox next = new VBox(2);
        next.setId("cron-next");
        Runnable show = () -> {
            next.getChildren().clear();
            try {
                CronSchedule schedule = CronSchedule.parse(expression.getText());
                trigger = new Trigger.Cron(schedule.expression());
                problem.setText("");
                onProblem.accept("cron", null);
                meaning.setText(capitalized(schedule.describe()));
                DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withLocale(messages.locale());
                Label caption = new Label(t("editor.cron.next"));
                caption.getStyleClass().add("field-caption");
                next.getChildren().add(caption);
                for (ZonedDateTime time : schedule.nextFiveRuns(clock.instant(), ZoneId.systemDefault())) {
                    Label label = new Label("• " + format.format(time));
                    label.getStyleClass().add("cron-next-time");
                    next.getChildren().add(label);
                }
            } catch (InvalidCronException e) {
                trigger = new Trigger.Cron(expression.getText());
                meaning.setText("");
                problem.setText(e.getMessage());
                onProblem.accept("cron", e.getMessage());
            }
        };
        expression.textProperty().addListener((o, a, b) -> {
            show.run();
            onEdit.run();
        });
        show.run();
        GridPane grid = Forms.grid();
        Forms.row(grid, t("editor.cron.expression"), new VBox(4, expression, problem));
        grid.add(new VBox(6, meaning, next), 1, grid.getRowCount());
        body.getChildren().add(grid);
    }

    private void interval(Trigger.Interval i) {
        heading("interval", Feather.REFRESH_CW);
        GridPane grid = Forms.grid();
        Forms.row(grid, t("editor.interval.every"), Forms.duration("interval-every", i.every(), false,
                t("editor.field.durationPrompt"), v -> {
                    trigger = new Trigger.Interval(v);
                    onEdit.run();
                }, m -> onProblem.accept("every", m)));
        body.getChildren().add(grid);
    }

    private void watch(Trigger.FolderWatch w) {
        heading("watch", Feather.FOLDER);
        TextField folder = new TextField(w.folder() == null ? "" : w.folder().toString());
        folder.setId("watch-folder");
        folder.setPromptText(t("editor.watch.folderPrompt"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(t("editor.watch.choose"), new FontIcon(Feather.FOLDER));
        choose.setId("watch-choose");
        choose.setMinWidth(Button.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(t("editor.watch.choose"));
            File dir = chooser.showDialog(window.get());
            if (dir != null) {
                folder.setText(dir.getAbsolutePath());
            }
        });
        Label problem = Forms.problemLabel("watch-problem");
        Runnable check = () -> {
            String text = folder.getText() == null ? "" : folder.getText().strip();
            String message = text.isEmpty() ? t("editor.watch.needFolder") : null;
            problem.setText(message == null ? "" : message);
            onProblem.accept("folder", message);
        };
        folder.textProperty().addListener((o, a, b) -> {
            String text = b == null ? "" : b.strip();
            trigger = new Trigger.FolderWatch(text.isEmpty() ? null : Path.of(text), currentDebounce());
            check.run();
            onEdit.run();
        });
        check.run();
        HBox row = new HBox(6, folder, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = Forms.grid();
        Forms.row(grid, t("editor.watch.folder"), new VBox(4, row, problem));
        Forms.row(grid, t("editor.watch.debounce"), Forms.duration("watch-debounce", w.debounce(), true,
                t("editor.field.durationPrompt"), v -> {
                    Trigger.FolderWatch now = (Trigger.FolderWatch) trigger;
                    trigger = new Trigger.FolderWatch(now.folder(), v);
                    onEdit.run();
                }, m -> onProblem.accept("debounce", m)));
        grid.add(Paragraph.of(t("editor.watch.hint"), "hint-text"), 1, grid.getRowCount());
        body.getChildren().add(grid);
    }

    private java.time.Duration currentDebounce() {
        return trigger instanceof Trigger.FolderWatch w ? w.debounce() : null;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String t(String key, Object... args) {
        return messages.text(key, args);
    }
}
