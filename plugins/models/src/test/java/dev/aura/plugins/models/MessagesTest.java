package dev.aura.plugins.models;

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
        for (String base : new String[] {"messages", "cli/help"}) {
            Properties english = load(base + ".properties");
            Properties thai = load(base + "_th.properties");
            assertThat(thai.stringPropertyNames()).as(base).isEqualTo(english.stringPropertyNames());
        }
    }

    @Test
    void thaiUsersGetThai() {
        assertThat(Messages.load(Locale.forLanguageTag("th-TH")).text("panel.title")).isEqualTo("โมเดล");
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertThat(Messages.load(Locale.JAPANESE).text("panel.title")).isEqualTo("Models");
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
