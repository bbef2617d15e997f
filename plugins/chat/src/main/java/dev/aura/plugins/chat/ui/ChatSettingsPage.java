package dev.aura.plugins.chat.ui;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.aura.core.settings.Settings;
import dev.aura.plugins.api.SettingsPage;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.chat.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Chat's page in Settings: automatic titles and the model new conversations start with. Saved as changed. */
public final class ChatSettingsPage implements SettingsPage {
    private final Settings settings;
    private final Messages messages;
    private final ComposerViewModel composer;

    public ChatSettingsPage(Settings settings, Messages messages, ComposerViewModel composer) {
        this.settings = settings;
        this.messages = messages;
        this.composer = composer;
    }

    @Override
    public String title() {
        return messages.text("settings.title");
    }

    @Override
    public Node createContent() {
        ToggleSwitch titles = new ToggleSwitch(messages.text("settings.generateTitles"));
        titles.setId("settings-generate-titles");
        titles.setSelected(settings.getBoolean(ChatViewModel.GENERATE_TITLES_KEY, true));
        titles.selectedProperty().addListener((obs, old, on) ->
                settings.putBoolean(ChatViewModel.GENERATE_TITLES_KEY, on));
        Node titlesHint = Paragraph.of(messages.text("settings.generateTitlesHint"), "settings-hint");

        ComboBox<String> model = new ComboBox<>(composer.models());
        model.setId("settings-default-model");
        model.setEditable(true);
        model.setPromptText(messages.text("settings.defaultModelPrompt"));
        model.setValue(settings.get(ChatViewModel.DEFAULT_MODEL_KEY).orElse(null));
        model.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen == null || chosen.isBlank()) {
                settings.remove(ChatViewModel.DEFAULT_MODEL_KEY);
            } else {
                settings.put(ChatViewModel.DEFAULT_MODEL_KEY, chosen.strip());
            }
        });
        Label modelLabel = new Label(messages.text("settings.defaultModel"));
        modelLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Node modelHint = Paragraph.of(messages.text("settings.defaultModelHint"), "settings-hint");
        composer.loadModels();

        VBox box = new VBox(10, titles, titlesHint, modelLabel, model, modelHint);
        box.setPadding(new Insets(8));
        box.setMaxWidth(560);
        return box;
    }
}
