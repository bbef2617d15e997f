package dev.aura.plugins.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * What every plugin's {@code messages.properties} / {@code messages_th.properties} must satisfy: the same keys in both,
 * Thai for Thai users, English for everyone else, and every text formats with arguments.
 */
public abstract class AbstractMessagesTest {
    /** A class in the package whose resource folder holds the bundle. */
    protected abstract Class<?> anchor();

    /** The plugin's text of {@code key} in {@code locale}, formatted with {@code args}. */
    protected abstract String text(Locale locale, String key, Object... args);

    /** A key and its English and Thai texts, to see that each language gets its own. */
    protected abstract String[] sample();

    @Test
    void thaiAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_th.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void thaiUsersGetThaiAndOthersEnglish() {
        String[] sample = sample();
        assertThat(text(Locale.forLanguageTag("th-TH"), sample[0])).isEqualTo(sample[2]);
        assertThat(text(Locale.JAPANESE, sample[0])).isEqualTo(sample[1]);
    }

    @Test
    void everyTextFormatsWithoutError() throws IOException {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("th")}) {
            for (String key : load("messages.properties").stringPropertyNames()) {
                assertThat(text(locale, key, 2, 3, "x", "y", "z", "w")).as(key).isNotBlank();
            }
        }
    }

    private Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = anchor().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
