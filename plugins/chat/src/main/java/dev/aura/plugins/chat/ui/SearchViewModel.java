package dev.aura.plugins.chat.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.SearchHit;
import dev.aura.plugins.chat.service.ChatService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Ctrl+F: titles and message texts of every conversation; the newest query's answer wins. */
public final class SearchViewModel {
    static final int LIMIT = 50;

    private final ChatService chat;
    private final Background background;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyIntegerWrapper focusRequests = new ReadOnlyIntegerWrapper(this, "focusRequests");
    private long generation;

    public SearchViewModel(ChatService chat, Background background, Messages messages) {
        this.chat = chat;
        this.background = background;
        this.messages = messages;
        query.addListener((obs, old, text) -> search(text));
    }

    private void search(String text) {
        long id = ++generation;
        String q = text == null ? "" : text.strip();
        active.set(!q.isEmpty());
        if (q.isEmpty()) {
            results.clear();
            return;
        }
        background.run(messages.text("job.search"), ctx -> chat.search(q, LIMIT), hits -> {
            if (id == generation) {
                results.setAll(hits);
            }
        });
    }

    /** The palette's "Search chats" and Ctrl+F. */
    public void requestFocus() {
        focusRequests.set(focusRequests.get() + 1);
    }

    public void clear() {
        query.set("");
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<SearchHit> results() { return results; }
    /** Whether there is a query, so the list shows results instead of conversations. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty focusRequestsProperty() { return focusRequests.getReadOnlyProperty(); }
}
