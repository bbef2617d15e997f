package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardSummary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/** The card list: search text and tag filters, the matching cards and every tag in use, loaded off the UI thread. */
public final class CardListViewModel {
    public enum State { LOADING, EMPTY, NO_MATCH, READY, ERROR }

    private final CardStore cards;
    private final Background background;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableSet<String> selectedTags = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<CardSummary> items = FXCollections.observableArrayList();
    private final ObservableList<String> allTags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    public CardListViewModel(CardStore cards, Background background) {
        this.cards = cards;
        this.background = background;
        query.addListener((o, a, b) -> refresh());
    }

    /** Reloads with the current filters; an answer to an older request is dropped. */
    public void refresh() {
        long mine = ++generation;
        String text = query.get() == null ? "" : query.get().strip();
        Set<String> tags = Set.copyOf(selectedTags);
        if (items.isEmpty()) {
            state.set(State.LOADING);
        }
        background.run("prompts.list-cards", job -> new Listing(cards.list(text, tags), cards.tags()), listing -> {
            if (mine != generation) {
                return;
            }
            items.setAll(listing.cards());
            allTags.setAll(listing.tags());
            selectedTags.retainAll(listing.tags());
            error.set("");
            state.set(!listing.cards().isEmpty() ? State.READY
                    : text.isEmpty() && tags.isEmpty() ? State.EMPTY : State.NO_MATCH);
        }, failure -> {
            if (mine == generation) {
                error.set(Background.describe(failure));
                state.set(State.ERROR);
            }
        });
    }

    public void toggleTag(String tag) {
        if (!selectedTags.remove(tag)) {
            selectedTags.add(tag);
        }
        refresh();
    }

    public void clearFilters() {
        selectedTags.clear();
        if (query.get().isEmpty()) {
            refresh();
        } else {
            query.set("");
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableSet<String> selectedTags() {
        return selectedTags;
    }

    public ObservableList<CardSummary> items() {
        return items;
    }

    public ObservableList<String> allTags() {
        return allTags;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private record Listing(List<CardSummary> cards, List<String> tags) {}
}
