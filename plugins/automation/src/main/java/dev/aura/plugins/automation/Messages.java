package dev.aura.plugins.automation;

import dev.aura.plugins.api.BundleTexts;
import java.util.Locale;

/** The plugin's user-visible text in the user's language (English and Thai). */
public final class Messages {
    private final BundleTexts texts;

    private Messages(BundleTexts texts) {
        this.texts = texts;
    }

    public static Messages load(Locale locale) {
        return new Messages(BundleTexts.load("dev.aura.plugins.automation.messages", locale,
                Messages.class.getClassLoader()));
    }

    public Locale locale() {
        return texts.locale();
    }

    public String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
