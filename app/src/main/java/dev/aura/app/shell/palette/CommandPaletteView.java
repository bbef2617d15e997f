package dev.aura.app.shell.palette;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.ModalPane;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.plugins.api.PluginCommand;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Ctrl+K palette: a search field over a virtualized list of commands, shown in the window's {@link ModalPane}
 * near the top. Up/Down move the selection, Enter runs, Esc or a click outside closes.
 */
public final class CommandPaletteView {
    private static final double CELL_HEIGHT = 36;

    private final CommandPaletteViewModel viewModel;
    private final ModalPane modal;
    private final VBox box = new VBox();
    private final CustomTextField search = new CustomTextField();
    private final ListView<PluginCommand> list = new ListView<>();

    public CommandPaletteView(CommandPaletteViewModel viewModel, ModalPane modal, ShellMessages messages) {
        this.viewModel = viewModel;
        this.modal = modal;
        box.getStyleClass().add("command-palette");
        box.setId("command-palette");

        search.setId("palette-search");
        search.setPromptText(messages.get("palette.prompt"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.getStyleClass().add(Styles.LARGE);
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        list.setId("palette-list");
        list.setItems(viewModel.results());
        list.setFixedCellSize(CELL_HEIGHT);
        list.setFocusTraversable(false);
        list.setCellFactory(lv -> new CommandCell());
        list.setPlaceholder(new Label(messages.get("palette.empty")));
        list.setPrefHeight(CELL_HEIGHT * 8 + 4);
        VBox.setVgrow(list, Priority.ALWAYS);
        viewModel.selectedIndexProperty().subscribe(i -> {
            if (i.intValue() < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(i.intValue());
                list.scrollTo(Math.max(0, i.intValue() - 3));
            }
        });
        list.setOnMouseClicked(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (e.getButton() == MouseButton.PRIMARY && index >= 0) {
                viewModel.select(index);
                viewModel.runSelected();
            }
        });

        Label hint = new Label(messages.get("palette.hint"));
        hint.getStyleClass().add("hint");
        box.getChildren().addAll(search, list, hint);

        viewModel.showingProperty().subscribe(showing -> {
            if (showing) {
                show();
            } else if (modal.getContent() == box) {
                modal.hide(true);
            }
        });
        // closed from outside (a click on the dimmed area): the view model must know, or Ctrl+K would not reopen it
        modal.displayProperty().subscribe(displayed -> {
            if (!displayed && viewModel.showingProperty().get()) {
                viewModel.close();
            }
        });
    }

    private void show() {
        // centered horizontally, a little below the top edge, like editors do it; the box itself is the content,
        // so a click anywhere outside it closes the palette
        modal.setAlignment(Pos.TOP_CENTER);
        StackPane.setMargin(box, new Insets(72, 24, 24, 24));
        modal.show(box);
        Platform.runLater(search::requestFocus);
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> viewModel.moveSelection(-1);
            case DOWN -> viewModel.moveSelection(1);
            case PAGE_UP -> viewModel.moveSelection(-8);
            case PAGE_DOWN -> viewModel.moveSelection(8);
            case ENTER -> viewModel.runSelected();
            case ESCAPE -> viewModel.close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    public VBox node() {
        return box;
    }

    /** Text on the left, category and shortcut on the right; greyed when the command cannot run now. */
    private static final class CommandCell extends ListCell<PluginCommand> {
        private final Label text = new Label();
        private final Label category = new Label();
        private final Label shortcut = new Label();
        private final HBox row = new HBox(10, text, new Spacer(), category, shortcut);

        CommandCell() {
            row.setAlignment(Pos.CENTER_LEFT);
            category.getStyleClass().add("command-category");
            shortcut.getStyleClass().add("shortcut");
            setText(null);
        }

        @Override
        protected void updateItem(PluginCommand item, boolean empty) {
            super.updateItem(item, empty);
            disableProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                setDisable(false);
                return;
            }
            text.setText(item.text());
            category.setText(item.category());
            shortcut.setText(item.accelerator() == null ? "" : item.accelerator().getDisplayText());
            shortcut.setVisible(item.accelerator() != null);
            shortcut.setManaged(item.accelerator() != null);
            disableProperty().bind(item.executable().not());
            setGraphic(row);
        }
    }

}
