package dev.aura.app.shell.panels;

import atlantafx.base.theme.Styles;
import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.plugins.PluginState;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.app.shell.i18n.ShellMessages;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows the active plugin's view: created on first activation (and kept), activated when shown, deactivated when
 * another panel takes its place. A plugin that fails anywhere in that shows an error tile with the cause instead.
 */
public final class PanelArea implements AutoCloseable {
    private final StackPane root = new StackPane();
    private final PluginHost host;
    private final Map<String, Node> views;
    private final ShellMessages messages;
    private LoadedPlugin active;

    /** @param views views created so far by plugin id; shared with a rebuilt window */
    public PanelArea(NavigationViewModel navigation, PluginHost host, Map<String, Node> views, ShellMessages messages) {
        this.host = host;
        this.views = views;
        this.messages = messages;
        root.getStyleClass().add("panel-area");
        root.setId("panel-area");
        if (navigation.entries().isEmpty()) {
            root.getChildren().setAll(centered(Paragraph.of(messages.get("panel.none"))));
        }
        navigation.selectedProperty().subscribe(this::show);
        navigation.revisionProperty().subscribe(r -> {
            if (active != null && active.state() == PluginState.FAILED && !isShowingFailure()) {
                root.getChildren().setAll(failureTile(active));
            }
        });
    }

    public StackPane node() {
        return root;
    }

    private void show(LoadedPlugin next) {
        if (next == null || next == active) {
            return;
        }
        if (active != null) {
            host.deactivate(active);
        }
        active = next;
        Optional<Node> view = Optional.ofNullable(views.get(next.id()));
        if (view.isEmpty() && next.state() == PluginState.STARTED) {
            view = host.createView(next);
            view.ifPresent(v -> views.put(next.id(), v));
        }
        if (view.isPresent() && next.state() == PluginState.STARTED) {
            root.getChildren().setAll(view.get());
            host.activate(next);
        }
        if (next.state() != PluginState.STARTED || view.isEmpty()) {
            root.getChildren().setAll(failureTile(next));
        }
    }

    private boolean isShowingFailure() {
        return !root.getChildren().isEmpty() && "panel-failure".equals(root.getChildren().getFirst().getId());
    }

    private Node failureTile(LoadedPlugin p) {
        String cause = p.failureSummary().isBlank() ? p.state().name() : p.failureSummary();
        Label title = new Label(messages.format("panel.failed.title", p.descriptor().name()),
                new FontIcon(Feather.ALERT_OCTAGON));
        title.getStyleClass().addAll(Styles.TITLE_3, Styles.DANGER);
        title.setGraphicTextGap(10);
        Label causeLabel = new Label(messages.format("panel.failed.cause", cause));
        causeLabel.getStyleClass().add("cause");
        causeLabel.setId("panel-failure-cause");
        VBox box = new VBox(title, Paragraph.of(messages.get("panel.failed.text")), causeLabel);
        box.getStyleClass().add("failed-panel");
        StackPane wrapper = centered(box);
        wrapper.setId("panel-failure");
        return wrapper;
    }

    private static StackPane centered(Node node) {
        StackPane pane = new StackPane(node);
        StackPane.setAlignment(node, Pos.TOP_CENTER);
        pane.setPadding(new javafx.geometry.Insets(48, 24, 24, 24));
        return pane;
    }

    /** Deactivates the active panel; its view stays cached for a rebuilt window. */
    @Override
    public void close() {
        if (active != null) {
            host.deactivate(active);
            active = null;
        }
    }
}
