package dev.aura.app.shell.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ShellMessagesTest {
    @Test
    void thaiHasExactlyTheSameKeysAsEnglish() throws IOException {
        Properties en = load("messages.properties");
        Properties th = load("messages_th.properties");
        assertThat(th.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void thaiTextIsActuallyThai() {
        ShellMessages th = ShellMessages.of(UiLanguage.THAI);
        assertThat(th.get("onboarding.title")).isEqualTo("Ollama ไม่ได้ทำงานอยู่");
        assertThat(th.get("settings.title")).matches(".*\\p{IsThai}.*");
    }

    @Test
    void englishIsUsedEvenWhenTheSystemLocaleIsThai() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th"));
            assertThat(ShellMessages.of(UiLanguage.ENGLISH).get("settings.title")).isEqualTo("Settings");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAreFormatted() {
        assertThat(ShellMessages.of(UiLanguage.ENGLISH).format("command.panel", "Models")).isEqualTo("Go to Models");
        assertThat(ShellMessages.of(UiLanguage.ENGLISH).format("status.models", 1)).isEqualTo("1 model");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ShellMessages.class.getResourceAsStream("/dev/aura/app/shell/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
