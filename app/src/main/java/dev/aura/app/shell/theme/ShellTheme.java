package dev.aura.app.shell.theme;

import atlantafx.base.theme.CupertinoDark;
import atlantafx.base.theme.CupertinoLight;
import atlantafx.base.theme.Dracula;
import atlantafx.base.theme.NordDark;
import atlantafx.base.theme.NordLight;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.Arrays;
import java.util.function.Supplier;

/** The AtlantaFX themes offered in View → Theme; the id is what "ui.theme" stores. */
public enum ShellTheme {
    PRIMER_LIGHT("primer-light", PrimerLight::new),
    PRIMER_DARK("primer-dark", PrimerDark::new),
    NORD_LIGHT("nord-light", NordLight::new),
    NORD_DARK("nord-dark", NordDark::new),
    CUPERTINO_LIGHT("cupertino-light", CupertinoLight::new),
    CUPERTINO_DARK("cupertino-dark", CupertinoDark::new),
    DRACULA("dracula", Dracula::new);

    private final String id;
    private final Supplier<Theme> theme;

    ShellTheme(String id, Supplier<Theme> theme) {
        this.id = id;
        this.theme = theme;
    }

    public String id() {
        return id;
    }

    /** The message key of the theme's display name. */
    public String messageKey() {
        return "theme." + id;
    }

    public String userAgentStylesheet() {
        // the precompiled binary stylesheet skips parsing ~165 KB of CSS at every start
        String bss = theme.get().getUserAgentStylesheetBSS();
        return bss != null ? bss : theme.get().getUserAgentStylesheet();
    }

    public boolean isDark() {
        return theme.get().isDarkMode();
    }

    public static ShellTheme fromId(String id, ShellTheme fallback) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(fallback);
    }
}
