package dev.aura.plugins.chat;

import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.chat.service.ChatBackend;
import java.util.List;

/** The plugin's headless commands under {@code aura}. */
final class ChatCli {
    private ChatCli() {}

    static List<Object> commands(PluginContext context, ChatBackend backend, Messages messages) {
        return List.of();
    }
}
