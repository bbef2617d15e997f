package dev.aura.plugins.chat.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.model.Folder;
import dev.aura.plugins.chat.service.ChatAudit;
import dev.aura.plugins.chat.store.ConversationRepository;
import dev.aura.plugins.chat.store.FolderRepository;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The left column: conversations (or the trash), folders and the commands of the list's context menu. */
public final class ConversationListViewModel {
    public enum State { LOADING, READY, EMPTY }

    private final ConversationRepository conversations;
    private final FolderRepository folderRepository;
    private final Background background;
    private final Messages messages;
    private final ChatAudit audit;
    private final Consumer<UUID> onTrashed;

    private final ObservableList<ConversationSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ConversationSummary> visible = new FilteredList<>(all);
    private final ObservableList<Folder> folders = FXCollections.observableArrayList();
    private final ObjectProperty<Folder> folderFilter = new SimpleObjectProperty<>(this, "folderFilter");
    private final BooleanProperty showingTrash = new SimpleBooleanProperty(this, "showingTrash");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private long generation;

    /** @param onTrashed told (on the UI thread) when a conversation left the list for the trash or for good */
    public ConversationListViewModel(ConversationRepository conversations, FolderRepository folders,
            Background background, Messages messages, ChatAudit audit, Consumer<UUID> onTrashed) {
        this.conversations = conversations;
        this.audit = audit;
        this.folderRepository = folders;
        this.background = background;
        this.messages = messages;
        this.onTrashed = onTrashed;
        folderFilter.addListener((obs, old, folder) -> applyFilter());
        showingTrash.addListener((obs, old, trash) -> refresh());
    }

    private record Listing(List<ConversationSummary> conversations, List<Folder> folders) {}

    /** Reads the list again; what is shown stays until the new list is there. */
    public void refresh() {
        long id = ++generation;
        boolean trash = showingTrash.get();
        background.run(messages.text("job.list"), ctx -> new Listing(
                trash ? conversations.listTrash() : conversations.listActive(), folderRepository.list()), listing -> {
            if (id != generation) {
                return;
            }
            all.setAll(listing.conversations());
            Folder chosen = folderFilter.get();
            folders.setAll(listing.folders());
            if (chosen != null && !listing.folders().contains(chosen)) {
                folderFilter.set(null);
            }
            applyFilter();
        });
    }

    private void applyFilter() {
        Folder folder = folderFilter.get();
        visible.setPredicate(folder == null || showingTrash.get() ? s -> true
                : s -> folder.id().equals(s.folderId()));
        state.set(visible.isEmpty() ? State.EMPTY : State.READY);
    }

    public void rename(UUID id, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        write(messages.text("job.rename"), () -> conversations.rename(id, title.strip(),
                Conversation.TitleSource.USER));
    }

    public void setPinned(UUID id, boolean pinned) {
        write(messages.text("job.pin"), () -> conversations.setPinned(id, pinned));
    }

    public void moveToFolder(UUID id, UUID folderId) {
        write(messages.text("job.move"), () -> conversations.moveToFolder(id, folderId));
    }

    /** Creates a folder and moves the conversation into it (null: only create). */
    public void moveToNewFolder(UUID id, String folderName) {
        if (folderName == null || folderName.isBlank()) {
            return;
        }
        write(messages.text("job.move"), () -> {
            Folder created = folderRepository.create(folderName.strip());
            if (id != null) {
                conversations.moveToFolder(id, created.id());
            }
        });
    }

    public void deleteFolder(UUID folderId) {
        write(messages.text("job.deleteFolder"), () -> folderRepository.delete(folderId));
    }

    public void trash(UUID id) {
        background.run(messages.text("job.trash"), ctx -> {
            conversations.trash(id);
            return null;
        }, ignored -> {
            onTrashed.accept(id);
            refresh();
        });
    }

    public void restore(UUID id) {
        write(messages.text("job.restore"), () -> conversations.restore(id));
    }

    public void emptyTrash() {
        write(messages.text("job.emptyTrash"), () -> audit.trashEmptied(conversations.emptyTrash()));
    }

    private void write(String jobName, Runnable change) {
        background.run(jobName, ctx -> {
            change.run();
            return null;
        }, ignored -> refresh());
    }

    /** The conversations shown: pinned first, then newest, in the chosen folder (or the trash). */
    public ObservableList<ConversationSummary> visible() { return visible; }
    public ObservableList<Folder> folders() { return folders; }
    /** null: every folder. */
    public ObjectProperty<Folder> folderFilterProperty() { return folderFilter; }
    public BooleanProperty showingTrashProperty() { return showingTrash; }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
}
