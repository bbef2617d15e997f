package dev.aura.app.shell;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.panels.NavigationViewModel;
import dev.aura.app.shell.theme.ShellTheme;
import dev.aura.app.shell.theme.ThemeManager;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** File / View / Help. Shortcuts are registered on the scene by the window, so they are only shown here. */
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

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }
}
