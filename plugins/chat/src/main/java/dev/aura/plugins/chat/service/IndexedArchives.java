package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.store.ArchiveStore;
import java.util.List;
import java.util.UUID;

/** Imports become searchable once their transaction has committed. */
final class IndexedArchives implements ArchiveStore {
    private final ArchiveStore store;
    private final SearchUpdates search;

    IndexedArchives(ArchiveStore store, SearchUpdates search) {
        this.store = store;
        this.search = search;
    }

    @Override
    public List<UUID> importAll(List<ConversationArchive> archives) {
        List<UUID> ids = store.importAll(archives);
        for (UUID id : ids) {
            ConversationArchive imported = store.load(id);
            search.title(id, imported.conversation().title());
            imported.messages().forEach(search::message);
        }
        return ids;
    }

    @Override public ConversationArchive load(UUID conversationId) { return store.load(conversationId); }
    @Override public List<UUID> allConversationIds() { return store.allConversationIds(); }
}
