package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.store.ConversationRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations whose titles and deletions reach the search index, whoever changes them (window, CLI, service). */
final class IndexedConversations implements ConversationRepository {
    private final ConversationRepository store;
    private final SearchUpdates search;

    IndexedConversations(ConversationRepository store, SearchUpdates search) {
        this.store = store;
        this.search = search;
    }

    @Override
    public Conversation create(Conversation draft) {
        Conversation created = store.create(draft);
        // "New conversation" would match every empty one; the first question's placeholder is indexed by rename
        if (created.titleSource() != Conversation.TitleSource.PLACEHOLDER) {
            search.title(created.id(), created.title());
        }
        return created;
    }

    @Override
    public void rename(UUID id, String title, Conversation.TitleSource source) {
        store.rename(id, title, source);
        search.title(id, title);
    }

    @Override
    public int emptyTrash() {
        List<ConversationSummary> trashed = store.listTrash();
        int removed = store.emptyTrash();
        trashed.forEach(c -> search.removeConversation(c.id()));
        return removed;
    }

    @Override
    public void deletePermanently(UUID id) {
        store.deletePermanently(id);
        search.removeConversation(id);
    }

    @Override public Optional<Conversation> find(UUID id) { return store.find(id); }
    @Override public List<ConversationSummary> listActive() { return store.listActive(); }
    @Override public List<ConversationSummary> listTrash() { return store.listTrash(); }
    @Override public void setPinned(UUID id, boolean pinned) { store.setPinned(id, pinned); }
    @Override public void moveToFolder(UUID id, UUID folderId) { store.moveToFolder(id, folderId); }
    @Override public void setCurrentLeaf(UUID id, UUID leafId) { store.setCurrentLeaf(id, leafId); }
    @Override public void touch(UUID id) { store.touch(id); }
    @Override public void trash(UUID id) { store.trash(id); }
    @Override public void restore(UUID id) { store.restore(id); }

    @Override
    public void updateSettings(UUID id, String model, UUID personaId, String systemPrompt, ChatParameters parameters) {
        store.updateSettings(id, model, personaId, systemPrompt, parameters);
    }
}
