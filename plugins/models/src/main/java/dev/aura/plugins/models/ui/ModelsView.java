package dev.aura.plugins.models.ui;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.plugins.models.ByteSizes;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelTimes;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Models panel, built in code and bound to {@link ModelsViewModel}. Holds no state of its own. */
public final class ModelsView {
    private static final String STYLESHEET =
            Objects.requireNonNull(ModelsView.class.getResource("models.css")).toExternalForm();

    /** Below this panel width the details go under the list (the table needs about 620 px). */
    private static final double SIDE_BY_SIDE_MIN_WIDTH = 1100;

    private final ModelsViewModel vm;
    private final Messages messages;
    private final ModelTimes times;
    private final DeleteConfirmation confirmation;
    private final VBox root = new VBox(12);
    private final PullPane pullPane;

    public ModelsView(ModelsViewModel vm, ModelTimes times, DeleteConfirmation confirmation) {
        this.vm = vm;
        this.messages = vm.messages();
        this.times = times;
        this.confirmation = confirmation;
        this.pullPane = new PullPane(vm.pull(), messages);
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setId("models-panel");
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("models-panel");
        root.setPadding(new Insets(16, 20, 16, 20));

        ModelsTable table = new ModelsTable(vm, times);
        table.node().setOnKeyPressed(e -> {
            InstalledModel selected = vm.selectedProperty().get();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                e.consume();
                confirmDelete(selected);
            }
        });
        ModelDetailsPane details = new ModelDetailsPane(vm.details(), messages, times, this::confirmDelete);
        SplitPane split = new SplitPane(table.node(), details.node());
        split.setId("models-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        // a narrow panel cannot show six readable columns beside the details: put the details below instead
        root.widthProperty().addListener((obs, old, width) -> orient(split, width.doubleValue()));
        orient(split, root.getWidth());
        // with no model there is nothing to detail: the empty state gets the whole width
        vm.stateProperty().addListener((obs, old, state) -> showDetails(split, details.node(),
                state != ModelsViewModel.State.EMPTY));
        showDetails(split, details.node(), vm.getState() != ModelsViewModel.State.EMPTY);

        root.getChildren().addAll(header(), banner(), pullPane.node(), split,
                new LoadedModelsPane(vm, times).node());
        // only the model list and details give up height when the window is short
        root.getChildren().stream().filter(n -> n != split && n instanceof Region)
                .forEach(n -> ((Region) n).setMinHeight(Region.USE_PREF_SIZE));

        vm.pullFocusRequestsProperty().addListener(o -> focusPullWhenShown());
    }

    private static void orient(SplitPane split, double width) {
        Orientation wanted = width > 0 && width < SIDE_BY_SIDE_MIN_WIDTH ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (split.getOrientation() != wanted || split.getDividers().isEmpty()) {
            split.setOrientation(wanted);
            split.setDividerPositions(dividerFor(wanted));
        }
    }

    private static double dividerFor(Orientation orientation) {
        return orientation == Orientation.VERTICAL ? 0.45 : 0.56;
    }

    private static void showDetails(SplitPane split, Node details, boolean show) {
        if (show && !split.getItems().contains(details)) {
            split.getItems().add(details);
            split.setDividerPositions(dividerFor(split.getOrientation()));
        } else if (!show) {
            split.getItems().remove(details);
        }
    }

    private Node header() {
        Label title = new Label(messages.text("panel.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("models-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            long bytes = vm.installedModels().stream().mapToLong(InstalledModel::sizeBytes).sum();
            return vm.installedModels().isEmpty() ? ""
                    : messages.text("panel.summary", vm.installedModels().size(),
                            ByteSizes.format(bytes, messages.locale()));
        }, vm.installedModels()));
        HBox titles = new HBox(10, title, summary);
        titles.setAlignment(Pos.BASELINE_LEFT);

        CustomTextField filter = new CustomTextField();
        filter.setId("models-filter");
        filter.setPromptText(messages.text("filter.prompt"));
        filter.setLeft(new FontIcon("fth-search"));
        filter.setPrefWidth(240);
        filter.textProperty().bindBidirectional(vm.filterProperty());

        Button refresh = new Button(messages.text("refresh.button"), new FontIcon("fth-refresh-cw"));
        refresh.setId("models-refresh");
        refresh.setTooltip(new Tooltip(messages.text("refresh.tooltip")));
        refresh.disableProperty().bind(vm.refreshingProperty());
        refresh.setOnAction(e -> vm.refresh());
        refresh.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, titles, spacer, filter, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** Errors stay on top of what is already shown: the list is never cleared because Ollama went away. */
    private Node banner() {
        Message banner = new Message(messages.text("error.title"), "", new FontIcon("fth-alert-triangle"));
        banner.setId("models-error");
        banner.getStyleClass().add(Styles.DANGER);
        banner.descriptionProperty().bind(vm.errorProperty());
        banner.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setOnClose(e -> vm.dismissError());
        return banner;
    }

    private void confirmDelete(InstalledModel model) {
        if (confirmation.confirm(root.getScene() == null ? null : root.getScene().getWindow(), model)) {
            vm.delete(model);
        }
    }

    /** The palette may ask before the panel is on screen; focus once it is. */
    private void focusPullWhenShown() {
        if (root.getScene() != null && root.getScene().getWindow() != null && root.getScene().getWindow().isShowing()) {
            pullPane.focusName();
            return;
        }
        root.sceneProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (root.getScene() != null) {
                    root.sceneProperty().removeListener(this);
                    Platform.runLater(pullPane::focusName);
                }
            }
        });
    }
}
