package dev.aura.plugins.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** User-visible texts from one resource bundle in the user's language, formatted with {@link MessageFormat}. */
public final class BundleTexts {
    private final String name;
    private final ResourceBundle bundle;
    private final Locale locale;

    private BundleTexts(String name, ResourceBundle bundle, Locale locale) {
        this.name = name;
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Languages without a bundle fall back to English (the base bundle), never to the JVM's default locale. */
    public static BundleTexts load(String bundleName, Locale locale, ClassLoader loader) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new BundleTexts(bundleName, bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** Every text goes through MessageFormat, so bundles always write a quote as two quotes. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + name, e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
