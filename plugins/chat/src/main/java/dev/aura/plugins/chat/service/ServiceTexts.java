package dev.aura.plugins.chat.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The few user-visible texts the chat service writes itself (placeholder titles, job names, its own errors). */
final class ServiceTexts {
    private static final String BUNDLE = "dev.aura.plugins.chat.service.service_messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    ServiceTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ServiceTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
