package dev.aura.plugins.prompts;

import dev.aura.plugins.api.testing.AbstractMessagesTest;
import java.util.Locale;

class MessagesTest extends AbstractMessagesTest {
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
        return new String[] {"plugin.name", "Prompt Cards", "การ์ดพรอมต์"};
    }
}
