package dev.aura.plugins.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void thaiAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_th.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void thaiUsersGetThai() {
        assertThat(Messages.load(Locale.forLanguageTag("th-TH")).text("plugin.name")).isEqualTo("สถิติ");
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertThat(Messages.load(Locale.JAPANESE).text("plugin.name")).isEqualTo("Analytics");
    }

    @Test
    void everyTextFormatsWithoutError() throws IOException {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("th")}) {
            Messages messages = Messages.load(locale);
            for (String key : load("messages.properties").stringPropertyNames()) {
                assertThat(messages.text(key, 2, 3, "x", "y", "z", "w")).as(key).isNotBlank().doesNotContain("{");
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
