package dev.aura.app.shell.i18n;

import dev.aura.core.settings.Settings;
import java.util.Arrays;
import java.util.Locale;

/** The languages the shell ships; saved as "ui.language". Each names itself in its own language. */
public enum UiLanguage {
    ENGLISH("en", "English"),
    THAI("th", "ไทย (Thai)");

    public static final String SETTINGS_KEY = "ui.language";

    private final String tag;
    private final String nativeName;

    UiLanguage(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public UiLanguage other() {
        return this == ENGLISH ? THAI : ENGLISH;
    }

    public static UiLanguage fromTag(String tag, UiLanguage fallback) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst().orElse(fallback);
    }

    /** The saved choice, else the system language when we ship it, else English. */
    public static UiLanguage current(Settings settings) {
        UiLanguage system = fromTag(Locale.getDefault().getLanguage(), ENGLISH);
        return settings.get(SETTINGS_KEY).map(t -> fromTag(t, system)).orElse(system);
    }

    public void save(Settings settings) {
        settings.put(SETTINGS_KEY, tag);
    }
}
