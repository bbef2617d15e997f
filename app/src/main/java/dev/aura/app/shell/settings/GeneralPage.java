package dev.aura.app.shell.settings;

import atlantafx.base.theme.Styles;
import dev.aura.app.shell.support.DesktopLinks;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.app.shell.theme.ShellTheme;
import dev.aura.app.shell.theme.ThemeManager;
import java.nio.file.Path;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings → General: theme, language, Ollama URL with a connection test, and the data folder. */
final class GeneralPage {
    private GeneralPage() {}

    static Node create(GeneralSettingsViewModel vm, ThemeManager themes, SettingsAudit audit, ShellMessages m, Path dataDir,
            DesktopLinks links, Runnable restart) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(14);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        ComboBox<ShellTheme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(ShellTheme.values());
        theme.setConverter(converter(t -> m.get(t.messageKey())));
        theme.setValue(themes.current());
        theme.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                themes.select(now);
                audit.changed(ThemeManager.SETTINGS_KEY, old == null ? null : old.id(), now.id());
            }
        });
        grid.addRow(0, formLabel(m.get("settings.theme")), theme);

        ComboBox<UiLanguage> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(UiLanguage.values());
        language.setConverter(converter(UiLanguage::nativeName));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        HBox restartNote = new HBox(6, new FontIcon(Feather.INFO),
                Paragraph.of(m.get("settings.language.restart"), Styles.TEXT_MUTED));
        HBox.setHgrow(restartNote, Priority.ALWAYS);
        Button restartNow = new Button(m.get("settings.restartNow"), new FontIcon(Feather.REFRESH_CW));
        restartNow.setId("settings-restart");
        restartNow.getStyleClass().add(Styles.ACCENT);
        restartNow.setOnAction(e -> restart.run());
        HBox restartRow = new HBox(12, restartNote, restartNow);
        restartRow.setAlignment(Pos.CENTER_LEFT);
        restartRow.visibleProperty().bind(vm.restartNeededProperty());
        restartRow.managedProperty().bind(restartRow.visibleProperty());
        grid.addRow(1, formLabel(m.get("settings.language")), new VBox(8, language, restartRow));

        TextField url = new TextField();
        url.setId("settings-ollama-url");
        url.textProperty().bindBidirectional(vm.ollamaUrlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button test = new Button(m.get("settings.test"), new FontIcon(Feather.ACTIVITY));
        test.setId("settings-test-connection");
        test.disableProperty().bind(vm.testStateProperty().isEqualTo(GeneralSettingsViewModel.TestState.TESTING));
        test.setOnAction(e -> vm.testConnection());
        url.setOnAction(e -> vm.testConnection());
        StackPane result = new StackPane();
        result.setId("settings-test-result");
        result.setAlignment(Pos.CENTER_LEFT);
        vm.testMessageProperty().subscribe(text -> {
            var state = vm.testStateProperty().get();
            String style = state == GeneralSettingsViewModel.TestState.SUCCEEDED ? Styles.SUCCESS
                    : state == GeneralSettingsViewModel.TestState.FAILED ? Styles.DANGER : Styles.TEXT_MUTED;
            result.getChildren().setAll(Paragraph.of(text, style));
        });
        HBox urlRow = new HBox(8, url, test);
        urlRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, formLabel(m.get("settings.ollamaUrl")), new VBox(6, urlRow, result));

        TextField folder = new TextField(dataDir.toString());
        folder.setEditable(false);
        HBox.setHgrow(folder, Priority.ALWAYS);
        StackPane folderError = new StackPane();
        folderError.setAlignment(Pos.CENTER_LEFT);
        Button open = new Button(m.get("settings.openFolder"), new FontIcon(Feather.FOLDER));
        open.setOnAction(e -> {
            try {
                links.openFolder(dataDir);
                folderError.getChildren().clear();
            } catch (Exception ex) {
                folderError.getChildren().setAll(
                        Paragraph.of(m.format("settings.openFolder.failed", ex.getMessage()), Styles.DANGER));
            }
        });
        HBox folderRow = new HBox(8, folder, open);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(3, formLabel(m.get("settings.dataFolder")), new VBox(6, folderRow, folderError));

        VBox page = new VBox(grid);
        page.getStyleClass().add("settings-page");
        return page;
    }

    private static Label formLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            /** The combo boxes are not editable, so there is never text to turn back into a value. */
            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
