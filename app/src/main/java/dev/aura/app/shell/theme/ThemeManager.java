package dev.aura.app.shell.theme;

import dev.aura.core.settings.Settings;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Holds the current theme, remembers it as "ui.theme" and applies it. Applying goes through a consumer of the
 * user-agent stylesheet URL ({@code Application::setUserAgentStylesheet} in the window), so it is testable.
 */
public final class ThemeManager {
    public static final String SETTINGS_KEY = "ui.theme";
    public static final ShellTheme DEFAULT = ShellTheme.PRIMER_LIGHT;

    private final Settings settings;
    private final Consumer<String> stylesheetApplier;
    private final ReadOnlyObjectWrapper<ShellTheme> current;

    public ThemeManager(Settings settings, Consumer<String> stylesheetApplier) {
        this.settings = settings;
        this.stylesheetApplier = stylesheetApplier;
        this.current = new ReadOnlyObjectWrapper<>(ShellTheme.fromId(settings.get(SETTINGS_KEY, DEFAULT.id()), DEFAULT));
    }

    public ReadOnlyObjectProperty<ShellTheme> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ShellTheme current() {
        return current.get();
    }

    /** Applies the saved theme; called once when the window is built. */
    public void applyCurrent() {
        stylesheetApplier.accept(current.get().userAgentStylesheet());
    }

    public void select(ShellTheme theme) {
        stylesheetApplier.accept(theme.userAgentStylesheet());
        current.set(theme);
        settings.put(SETTINGS_KEY, theme.id());
    }
}
