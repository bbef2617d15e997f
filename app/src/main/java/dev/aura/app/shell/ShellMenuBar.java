package dev.aura.app.shell;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.panels.NavigationViewModel;
import dev.aura.app.shell.theme.ShellTheme;
import dev.aura.app.shell.theme.ThemeManager;
import java.util.List;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** File / View / Help, and the compact toolbar beside them. Shortcuts are registered on the scene by the window. */
final class ShellMenuBar {
    private ShellMenuBar() {}

    static MenuBar create(ShellActions actions, NavigationViewModel navigation, ThemeManager themes, ShellMessages m) {
        MenuItem settings = item(m.get("menu.file.settings"), Feather.SETTINGS, actions::openSettings);
        settings.setId("menu-settings");
        MenuItem quit = item(m.get("menu.file.quit"), Feather.LOG_OUT, actions::quit);
        Menu file = new Menu(m.get("menu.file"), null, settings, new SeparatorMenuItem(), quit);

        Menu panels = new Menu(m.get("menu.view.panels"));
        ToggleGroup panelGroup = new ToggleGroup();
        List<LoadedPlugin> entries = navigation.entries();
        for (LoadedPlugin p : entries) {
            RadioMenuItem item = new RadioMenuItem(p.descriptor().name());
            item.setToggleGroup(panelGroup);
            item.setOnAction(e -> navigation.select(p));
            navigation.selectedProperty().subscribe(s -> item.setSelected(s == p));
            panels.getItems().add(item);
        }
        Menu themeMenu = new Menu(m.get("menu.view.themes"));
        ToggleGroup themeGroup = new ToggleGroup();
        for (ShellTheme t : ShellTheme.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get(t.messageKey()));
            item.setId("menu-theme-" + t.id());
            item.setToggleGroup(themeGroup);
            item.setOnAction(e -> themes.select(t));
            themes.currentProperty().subscribe(c -> item.setSelected(c == t));
            themeMenu.getItems().add(item);
        }
        MenuItem palette = item(m.get("menu.view.palette"), Feather.COMMAND, actions::openPalette);
        Menu view = new Menu(m.get("menu.view"), null, panels, themeMenu, new SeparatorMenuItem(), palette);

        Menu help = new Menu(m.get("menu.help"), null, item(m.get("menu.help.about"), Feather.INFO, actions::about));

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The menu bar with a compact toolbar on its right: the palette (so Ctrl+K can be discovered) and Settings. */
    static HBox createTopBar(ShellActions actions, NavigationViewModel navigation, ThemeManager themes,
            ShellMessages m) {
        MenuBar menus = create(actions, navigation, themes, m);
        HBox.setHgrow(menus, Priority.ALWAYS);
        Button palette = new Button(m.get("toolbar.palette"), new FontIcon(Feather.SEARCH));
        palette.setId("toolbar-palette");
        palette.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        palette.setTooltip(new Tooltip(m.get("command.palette") + " ("
                + ShellCommands.PALETTE.getDisplayText() + ")"));
        palette.setOnAction(e -> actions.openPalette());
        Label shortcut = new Label(ShellCommands.PALETTE.getDisplayText());
        shortcut.getStyleClass().add("shortcut");
        palette.setGraphicTextGap(8);
        palette.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        Button settings = new Button(null, new FontIcon(Feather.SETTINGS));
        settings.setId("toolbar-settings");
        settings.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        settings.setTooltip(new Tooltip(m.get("command.settings")));
        settings.setAccessibleText(m.get("command.settings"));
        settings.setOnAction(e -> actions.openSettings());
        HBox tools = new HBox(6, palette, shortcut, settings);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.getStyleClass().add("toolbar-tools");
        HBox top = new HBox(menus, tools);
        top.getStyleClass().add("top-bar");
        return top;
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }
}
