package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The card being edited: its latest saved version, the draft the editor changes, whether they differ, the problems
 * that block a save (by field), and load / create / save / discard / delete / restore as background jobs.
 */
public final class CardEditorViewModel {
    public enum State { NONE, LOADING, READY, SAVING, ERROR }

    private final CardStore cards;
    private final Background background;
    private final CardValidator validator;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ReadOnlyObjectWrapper<CardVersion> saved = new ReadOnlyObjectWrapper<>();
    /** What the saved version holds as the editor built it; the draft is compared with this, not the stored copy. */
    private final ReadOnlyObjectWrapper<CardContent> baseline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CardContent> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, String> problems = FXCollections.observableMap(new LinkedHashMap<>());
    private final Map<String, String> inputProblems = new LinkedHashMap<>();
    private final BooleanBinding dirty;
    private final List<Consumer<CardVersion>> savedListeners = new ArrayList<>();
    private final List<Consumer<String>> deletedListeners = new ArrayList<>();
    private boolean showProblems;

    public CardEditorViewModel(CardStore cards, Background background, Messages messages) {
        this.cards = cards;
        this.background = background;
        this.validator = new CardValidator(messages);
        dirty = Bindings.createBooleanBinding(() -> draft.get() != null && !Objects.equals(draft.get(),
                baseline.get()), draft, baseline);
    }

    public void load(String cardId) {
        state.set(State.LOADING);
        background.run("prompts.load-card", job -> cards.latest(cardId), this::show, this::fail);
    }

    /** A new card with {@code title} as version 1, then shown; {@code onCreated} gets it (the list selects it). */
    public void create(String title, Consumer<CardVersion> onCreated) {
        state.set(State.LOADING);
        background.run("prompts.create-card", job -> cards.create(CardContent.blank(title), null), version -> {
            show(version);
            onCreated.accept(version);
        }, this::fail);
    }

    /** Shows {@code version} as saved and as the draft, dropping edits (callers ask the user first). */
    public void show(CardVersion version) {
        saved.set(version);
        baseline.set(version.content());
        draft.set(version.content());
        inputProblems.clear();
        showProblems = false;
        revalidate();
        error.set("");
        state.set(State.READY);
        loads.set(loads.get() + 1);
    }

    public void update(UnaryOperator<CardContent> edit) {
        if (draft.get() == null) {
            return;
        }
        draft.set(edit.apply(draft.get()));
        revalidate();
    }

    /** A field whose text cannot be stored (a threshold that is not a number); null clears it. */
    public void setInputProblem(String field, String message) {
        if (message == null) {
            inputProblems.remove(field);
        } else {
            inputProblems.put(field, message);
        }
        revalidate();
    }

    /** Forgets the input problems of fields whose key starts with {@code prefix} (their rows were rebuilt). */
    public void clearInputProblems(String prefix) {
        if (inputProblems.keySet().removeIf(k -> k.startsWith(prefix))) {
            revalidate();
        }
    }

    /**
     * Saves the draft as the next version unless a problem blocks it (then the problems show next to their fields
     * and this returns false). Identical content gives no new version. {@code then} runs after a successful save.
     */
    public boolean save(Runnable then) {
        if (draft.get() == null || state.get() == State.SAVING) {
            return false;
        }
        showProblems = true;
        revalidate();
        if (!problems.isEmpty()) {
            return false;
        }
        CardContent content = draft.get();
        String cardId = saved.get().cardId();
        state.set(State.SAVING);
        background.run("prompts.save-card", job -> cards.save(cardId, content, null), version -> {
            saved.set(version);
            baseline.set(content);
            showProblems = false;
            revalidate();
            state.set(State.READY);
            savedListeners.forEach(l -> l.accept(version));
            then.run();
        }, this::fail);
        return true;
    }

    public void discard() {
        if (saved.get() != null) {
            show(new CardVersion(saved.get().cardId(), saved.get().number(), baseline.get(),
                    saved.get().createdAt(), saved.get().note()));
        }
    }

    public void delete() {
        CardVersion current = saved.get();
        if (current == null) {
            return;
        }
        background.run("prompts.delete-card", job -> {
            cards.delete(current.cardId());
            return current.cardId();
        }, id -> {
            clear();
            deletedListeners.forEach(l -> l.accept(id));
        }, this::fail);
    }

    /** Restoring makes a new version with the old content, shown at once. */
    public void restore(int number) {
        CardVersion current = saved.get();
        if (current == null) {
            return;
        }
        background.run("prompts.restore-version", job -> cards.restore(current.cardId(), number), version -> {
            show(version);
            savedListeners.forEach(l -> l.accept(version));
        }, this::fail);
    }

    public void clear() {
        saved.set(null);
        baseline.set(null);
        draft.set(null);
        problems.clear();
        state.set(State.NONE);
        loads.set(loads.get() + 1);
    }

    private void revalidate() {
        Map<String, String> now = draft.get() == null ? Map.of() : new LinkedHashMap<>(validator.validate(draft.get()));
        if (!now.isEmpty() || !inputProblems.isEmpty()) {
            now = new LinkedHashMap<>(now);
            now.putAll(inputProblems);
        }
        // problems show once the user tried to save, or as soon as a field is fixed/broken after that
        if (!showProblems) {
            now = new LinkedHashMap<>(inputProblems);
        }
        if (!problems.equals(now)) {
            problems.clear();
            problems.putAll(now);
        }
    }

    private void fail(Throwable failure) {
        error.set(Background.describe(failure));
        state.set(saved.get() == null ? State.ERROR : State.READY);
    }

    public void onSaved(Consumer<CardVersion> listener) {
        savedListeners.add(listener);
    }

    public void onDeleted(Consumer<String> listener) {
        deletedListeners.add(listener);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<CardVersion> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public CardVersion saved() {
        return saved.get();
    }

    public ReadOnlyObjectProperty<CardContent> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public CardContent draft() {
        return draft.get();
    }

    /** Grows each time the draft is replaced wholesale (load, discard, restore), so the view rebuilds its fields. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean dirty() {
        return dirty.get();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
