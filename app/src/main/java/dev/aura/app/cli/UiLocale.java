package dev.aura.app.cli;

import dev.aura.core.settings.Settings;
import java.util.Locale;

/** The UI language: the saved choice ("ui.language"), else Thai for a Thai system, else English. */
public final class UiLocale {
    public static final String KEY = "ui.language";

    private UiLocale() {}

    public static Locale from(Settings settings) {
        String saved = settings.get(KEY, "");
        if (!saved.isBlank()) {
            return Locale.forLanguageTag(saved);
        }
        return "th".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("th") : Locale.ENGLISH;
    }
}
