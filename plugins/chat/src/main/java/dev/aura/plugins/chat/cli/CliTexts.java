package dev.aura.plugins.chat.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The CLI's texts (also its picocli help bundle), English and Thai. */
public final class CliTexts {
    public static final String BUNDLE = "dev.aura.plugins.chat.cli.cli_messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public CliTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, CliTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
