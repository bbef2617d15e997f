package dev.aura.app.shell.panels;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginState;
import dev.aura.app.shell.i18n.ShellMessages;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The column of panel buttons on the left: icon over name; a failed plugin shows a warning icon and its cause. */
public final class NavigationRail {
    private final VBox items = new VBox();
    private final ScrollPane root = new ScrollPane(items);
    private final ToggleGroup group = new ToggleGroup();
    private final Map<LoadedPlugin, ToggleButton> buttons = new LinkedHashMap<>();
    private final ShellMessages messages;

    public NavigationRail(NavigationViewModel viewModel, ShellMessages messages) {
        this.messages = messages;
        items.getStyleClass().add("nav-rail");
        items.setId("nav-rail");
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("edge-to-edge");
        for (LoadedPlugin p : viewModel.entries()) {
            ToggleButton b = new ToggleButton();
            b.getStyleClass().add("nav-item");
            b.setId("nav-" + p.id());
            b.setToggleGroup(group);
            b.setOnAction(e -> {
                viewModel.select(p);
                b.setSelected(viewModel.selectedProperty().get() == p); // a toggle must not un-select itself
            });
            buttons.put(p, b);
            items.getChildren().add(b);
            render(p, b);
        }
        viewModel.selectedProperty().subscribe(p -> {
            if (p != null && buttons.containsKey(p)) {
                buttons.get(p).setSelected(true);
            }
        });
        viewModel.revisionProperty().subscribe(r -> buttons.forEach(this::render));
    }

    public ScrollPane node() {
        return root;
    }

    private void render(LoadedPlugin p, ToggleButton b) {
        boolean failed = p.state() == PluginState.FAILED;
        b.setText(p.descriptor().name());
        b.setGraphic(failed ? new FontIcon(Feather.ALERT_TRIANGLE) : icon(p.descriptor().iconLiteral()));
        b.getStyleClass().remove("failed");
        if (failed) {
            b.getStyleClass().add("failed");
            b.setTooltip(new Tooltip(messages.format("panel.failed.title", p.descriptor().name()) + "\n"
                    + messages.format("panel.failed.cause", p.failureSummary())));
        } else {
            b.setTooltip(new Tooltip(p.descriptor().name()));
        }
    }

    /** Unknown or missing icon literals fall back to a generic box rather than failing the rail. */
    private static FontIcon icon(String literal) {
        if (literal != null && !literal.isBlank()) {
            try {
                return new FontIcon(literal);
            } catch (RuntimeException e) {
                // fall through: a third-party plugin named an icon we do not bundle
            }
        }
        return new FontIcon(Feather.BOX);
    }
}
