package dev.aura.plugins.chat.ui.markdown;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The few words the rendered Markdown shows itself: the code block's Copy button, its confirmation, and the label of a
 * code block without a language.
 */
public record MarkdownStrings(String copy, String copied, String code) {
    private static final String BUNDLE = "dev.aura.plugins.chat.ui.markdown.markdown";

    public MarkdownStrings {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(copied, "copied");
        Objects.requireNonNull(code, "code");
    }

    /** Languages without a bundle fall back to English, never to the JVM's default locale. */
    public static MarkdownStrings load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, MarkdownStrings.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MarkdownStrings(bundle.getString("code.copy"), bundle.getString("code.copied"),
                bundle.getString("code.noLanguage"));
    }
}
