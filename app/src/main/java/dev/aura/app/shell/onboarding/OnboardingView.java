package dev.aura.app.shell.onboarding;

import atlantafx.base.theme.Styles;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.status.OllamaStatusViewModel;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import dev.aura.plugins.api.ui.Paragraph;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.text.TextFlow;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shown over the panel area while Ollama does not answer: what Ollama is, how to install and start it, and a
 * Retry button. Visibility is bound to the status view model, so it goes away by itself when Ollama answers.
 */
public final class OnboardingView {
    public static final String DOWNLOAD_URL = "https://ollama.com/download";
    public static final String SERVE_COMMAND = "ollama serve";
    public static final String PULL_COMMAND = "ollama pull llama3.2";

    private final StackPane root = new StackPane();
    private final ShellMessages messages;

    /** @param openLink opens a URL in the user's browser (HostServices in the window) */
    public OnboardingView(OllamaStatusViewModel status, ShellMessages messages, Consumer<String> openLink) {
        this.messages = messages;
        root.setId("onboarding");
        root.getStyleClass().add("onboarding");

        Label title = new Label(messages.get("onboarding.title"), new FontIcon(Feather.ALERT_TRIANGLE));
        title.getStyleClass().addAll(Styles.TITLE_2, "headline");
        title.setGraphicTextGap(12);

        Node what = Paragraph.of(messages.get("onboarding.what"));

        Hyperlink link = new Hyperlink(DOWNLOAD_URL);
        link.setId("ollama-download-link");
        link.setOnAction(e -> openLink.accept(DOWNLOAD_URL));
        HBox install = new HBox(4, new Label(messages.get("onboarding.install")), link);
        install.setAlignment(Pos.CENTER_LEFT);

        StackPane where = new StackPane();
        StackPane error = new StackPane();
        error.setId("onboarding-error");
        status.statusProperty().subscribe(s -> {
            where.getChildren().setAll(Paragraph.of(messages.format("onboarding.where", s.url()), Styles.TEXT_MUTED));
            error.getChildren().setAll(s.error() == null || s.error().isBlank() ? List.of()
                    : List.of(Paragraph.of(messages.format("onboarding.error", s.error()), Styles.TEXT_MUTED, Styles.TEXT_SMALL)));
        });

        Button retry = new Button(messages.get("onboarding.retry"), new FontIcon(Feather.REFRESH_CW));
        retry.setId("onboarding-retry");
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(e -> status.retry());
        TextFlow auto = Paragraph.of(messages.get("onboarding.auto"), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox.setHgrow(auto, Priority.ALWAYS);
        HBox actions = new HBox(12, retry, auto);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setFillHeight(false);

        VBox card = new VBox(
                title,
                what,
                install,
                new Label(messages.get("onboarding.start")),
                commandLine(SERVE_COMMAND, "copy-serve"),
                new Label(messages.get("onboarding.pull")),
                commandLine(PULL_COMMAND, "copy-pull"),
                where,
                error,
                actions);
        card.getStyleClass().add("onboarding-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);

        ScrollPane scroll = new ScrollPane(new StackPane(card));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        ((StackPane) scroll.getContent()).setPadding(new javafx.geometry.Insets(24));
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        root.getChildren().add(scroll);

        root.visibleProperty().bind(status.onboardingNeededProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    public StackPane node() {
        return root;
    }

    private HBox commandLine(String command, String copyId) {
        // a read-only text field, so the command can also be selected and copied by hand
        TextField text = new TextField(command);
        text.setEditable(false);
        text.getStyleClass().add("command-text");
        text.setFocusTraversable(false);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = new Button(messages.get("onboarding.copy"), new FontIcon(Feather.COPY));
        copy.setId(copyId);
        copy.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        PauseTransition reset = new PauseTransition(Duration.seconds(2));
        reset.setOnFinished(e -> copy.setText(messages.get("onboarding.copy")));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(messages.get("onboarding.copied"));
            reset.playFromStart();
        });
        HBox line = new HBox(text, copy);
        line.getStyleClass().add("command-line");
        return line;
    }
}
