package dev.aura.plugins.chat.store;

import dev.aura.core.store.H2Store;
import dev.aura.plugins.chat.store.jdbi.ChatSchema;
import java.nio.file.Path;

/** A real H2 store in a test's temp folder with the chat tables. */
public final class ChatStoreFixture {
    private ChatStoreFixture() {}

    public static H2Store open(Path folder) {
        H2Store store = H2Store.open(folder.resolve("aura"));
        store.migrate(ChatSchema.MIGRATIONS);
        return store;
    }

    public static int changeLogRows(H2Store store, String entity) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM change_log WHERE entity = ?")
                .bind(0, entity).mapTo(Integer.class).one());
    }

    public static int partRows(H2Store store) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM chat_answer_part")
                .mapTo(Integer.class).one());
    }
}
