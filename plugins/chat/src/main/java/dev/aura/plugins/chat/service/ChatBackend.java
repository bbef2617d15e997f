package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.search.MessageIndex;
import dev.aura.plugins.chat.store.ArchiveStore;
import dev.aura.plugins.chat.store.ConversationRepository;
import dev.aura.plugins.chat.store.FolderRepository;
import dev.aura.plugins.chat.store.MessageRepository;
import dev.aura.plugins.chat.store.PersonaRepository;

/** Everything the chat plugin's window and CLI use, built once in the plugin's start. */
public record ChatBackend(
        ChatService chat,
        ConversationRepository conversations,
        MessageRepository messages,
        PersonaRepository personas,
        FolderRepository folders,
        ArchiveStore archives,
        MessageIndex index) implements AutoCloseable {
    @Override
    public void close() {
        index.close();
    }
}
