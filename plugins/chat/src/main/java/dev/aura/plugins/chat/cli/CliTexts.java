package dev.aura.plugins.chat.cli;

import dev.aura.plugins.api.BundleTexts;
import java.util.Locale;

/** The CLI's texts (also its picocli help bundle), English and Thai. */
public final class CliTexts {
    public static final String BUNDLE = "dev.aura.plugins.chat.cli.cli_messages";

    private final BundleTexts texts;

    public CliTexts(Locale locale) {
        this.texts = BundleTexts.load(BUNDLE, locale, CliTexts.class.getClassLoader());
    }

    public Locale locale() {
        return texts.locale();
    }

    public String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
