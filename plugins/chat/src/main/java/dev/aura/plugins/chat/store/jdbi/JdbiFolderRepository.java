package dev.aura.plugins.chat.store.jdbi;

import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.chat.model.Folder;
import dev.aura.plugins.chat.store.FolderRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** {@link FolderRepository} in {@code chat_folder}. */
public final class JdbiFolderRepository implements FolderRepository {
    private final Jdbi jdbi;

    public JdbiFolderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Folder> list() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, name FROM chat_folder WHERE deleted = FALSE ORDER BY LOWER(name), id")
                .map((rs, ctx) -> new Folder(SqlValues.uuid(rs, "id"), rs.getString("name"))).list());
    }

    @Override
    public Folder create(String name) {
        String clean = SqlValues.truncate(name == null ? "" : name.strip(), 1000);
        UUID id = jdbi.withHandle(h -> SyncedRows.insert(h, ChatSchema.FOLDERS, Map.of("name", clean)));
        return new Folder(id, clean);
    }

    @Override
    public void rename(UUID id, String name) {
        String clean = SqlValues.truncate(name == null ? "" : name.strip(), 1000);
        jdbi.useHandle(h -> SyncedRows.update(h, ChatSchema.FOLDERS, id, Map.of("name", clean)));
    }

    @Override
    public void delete(UUID id) {
        jdbi.useTransaction(h -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("folder_id", null);
            h.createQuery("SELECT id FROM chat_conversation WHERE folder_id = ? AND deleted = FALSE")
                    .bind(0, id).mapTo(UUID.class).list()
                    .forEach(conversation -> SyncedRows.update(h, ChatSchema.CONVERSATIONS, conversation, out));
            SyncedRows.delete(h, ChatSchema.FOLDERS, id);
        });
    }
}
