package dev.aura.app.shell.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shell's user-visible text in one language, from {@code dev/aura/app/shell/messages*.properties}. */
public final class ShellMessages {
    public static final String BUNDLE = "dev.aura.app.shell.messages";
    private static final Logger LOG = LoggerFactory.getLogger(ShellMessages.class);

    private final ResourceBundle bundle;
    private final Locale locale;

    private ShellMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static ShellMessages of(UiLanguage language) {
        Locale locale = language.locale();
        // no fallback to the JVM's default locale: English is the base bundle
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ShellMessages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing shell message '{}' for {}", key, locale);
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
