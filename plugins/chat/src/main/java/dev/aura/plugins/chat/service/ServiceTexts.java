package dev.aura.plugins.chat.service;

import dev.aura.plugins.api.BundleTexts;
import java.util.Locale;

/** The few user-visible texts the chat service writes itself (placeholder titles, job names, its own errors). */
final class ServiceTexts {
    private final BundleTexts texts;

    ServiceTexts(Locale locale) {
        this.texts = BundleTexts.load("dev.aura.plugins.chat.service.service_messages", locale,
                ServiceTexts.class.getClassLoader());
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
