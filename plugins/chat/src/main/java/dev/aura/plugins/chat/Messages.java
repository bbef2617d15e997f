package dev.aura.plugins.chat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The plugin's user-visible text in the user's language (English and Thai), formatted with {@link MessageFormat}. */
public final class Messages {
    private static final String BUNDLE = "dev.aura.plugins.chat.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Languages without a bundle fall back to English, never to the JVM's default locale. */
    public static Messages load(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** Every text goes through MessageFormat, so bundles always write a quote as two quotes. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE, e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
