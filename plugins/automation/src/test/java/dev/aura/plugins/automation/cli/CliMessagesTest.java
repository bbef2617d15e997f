package dev.aura.plugins.automation.cli;

import dev.aura.plugins.api.testing.AbstractMessagesTest;
import dev.aura.plugins.automation.Messages;
import java.util.Locale;

/** The plugin's bundle, with the CLI's keys in it: the same keys in English and Thai, each formats. */
class CliMessagesTest extends AbstractMessagesTest {
    @Override
    protected Class<?> anchor() {
        return Messages.class;
    }

    @Override
    protected String text(Locale locale, String key, Object... args) {
        return Messages.load(locale).text(key, args);
    }

    @Override
    protected String[] sample() {
        return new String[] {"cli.status.failed", "failed", "ล้มเหลว"};
    }
}
