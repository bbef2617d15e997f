package dev.aura.plugins.chat.store;

import dev.aura.plugins.chat.model.Folder;
import java.util.List;
import java.util.UUID;

public interface FolderRepository {
    /** By name. */
    List<Folder> list();

    Folder create(String name);

    void rename(UUID id, String name);

    /** Deletes the folder; its conversations move out of it, none is lost. */
    void delete(UUID id);
}
