package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.api.ui.LineDiff;
import dev.aura.plugins.prompts.cards.CardLabel;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A card's versions (newest first) and labels, the two versions picked for the diff and its lines; labels are set,
 * moved and removed as background jobs.
 */
public final class VersionsViewModel {
    private final CardStore cards;
    private final Background background;
    private final CardText text;
    private final ObservableList<CardVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<CardLabel> labels = FXCollections.observableArrayList();
    private final ObjectProperty<CardVersion> left = new SimpleObjectProperty<>();
    private final ObjectProperty<CardVersion> right = new SimpleObjectProperty<>();
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private String cardId;

    VersionsViewModel(CardStore cards, Background background, CardText text) {
        this.cards = cards;
        this.background = background;
        this.text = text;
        left.addListener((o, a, b) -> recomputeDiff());
        right.addListener((o, a, b) -> recomputeDiff());
    }

    /** Loads the card's versions and labels; by default the diff compares the previous version with the latest. */
    public void load(String id) {
        this.cardId = id;
        if (id == null) {
            versions.clear();
            labels.clear();
            left.set(null);
            right.set(null);
            return;
        }
        background.run("prompts.load-versions", job -> new History(cards.versions(id), cards.labels(id)), h -> {
            if (!id.equals(cardId)) {
                return;
            }
            versions.setAll(h.versions());
            labels.setAll(h.labels());
            right.set(h.versions().isEmpty() ? null : h.versions().getFirst());
            left.set(h.versions().size() < 2 ? null : h.versions().get(1));
        }, this::fail);
    }

    public void setLabel(String name, int version) {
        String id = cardId;
        background.run("prompts.set-label", job -> {
            cards.setLabel(id, name.strip(), version);
            return cards.labels(id);
        }, labels::setAll, this::fail);
    }

    public void removeLabel(String name) {
        String id = cardId;
        background.run("prompts.remove-label", job -> {
            cards.removeLabel(id, name);
            return cards.labels(id);
        }, labels::setAll, this::fail);
    }

    /** The labels pointing at {@code version}, by name. */
    public List<String> labelsOf(int version) {
        return labels.stream().filter(l -> l.version() == version).map(CardLabel::name).sorted().toList();
    }

    public Optional<CardVersion> find(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    private void recomputeDiff() {
        if (left.get() == null || right.get() == null) {
            diff.clear();
            return;
        }
        diff.setAll(LineDiff.diff(text.render(left.get().content()), text.render(right.get().content())));
    }

    private void fail(Throwable failure) {
        error.set(Background.describe(failure));
    }

    public ObservableList<CardVersion> versions() {
        return versions;
    }

    public ObservableList<CardLabel> labels() {
        return labels;
    }

    public ObjectProperty<CardVersion> leftProperty() {
        return left;
    }

    public ObjectProperty<CardVersion> rightProperty() {
        return right;
    }

    public ObservableList<LineDiff.Line> diff() {
        return diff;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private record History(List<CardVersion> versions, List<CardLabel> labels) {}
}
