package dev.aura.app.shell.palette;

import dev.aura.plugins.api.PluginCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The command palette's state: the query, the ranked matches and the selection. Commands are collected when the
 * palette opens, so plugin commands added since the last time show up. No toolkit needed.
 */
public final class CommandPaletteViewModel {
    private final Supplier<List<PluginCommand>> commandSource;
    private final FuzzyMatcher matcher = new FuzzyMatcher();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<PluginCommand> results = FXCollections.observableArrayList();
    private final ObservableList<PluginCommand> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private List<PluginCommand> all = List.of();

    public CommandPaletteViewModel(Supplier<List<PluginCommand>> commandSource) {
        this.commandSource = commandSource;
        query.addListener((obs, old, now) -> filter());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PluginCommand> results() {
        return readOnlyResults;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public void open() {
        all = List.copyOf(commandSource.get());
        query.set("");
        filter();
        showing.set(true);
    }

    public void close() {
        showing.set(false);
    }

    public void select(int index) {
        if (index >= 0 && index < results.size()) {
            selectedIndex.set(index);
        }
    }

    /** Single steps wrap around the ends (Up on the first goes to the last); page jumps stop at the ends. */
    public void moveSelection(int delta) {
        if (results.isEmpty()) {
            return;
        }
        int target = selectedIndex.get() + delta;
        int next = Math.abs(delta) == 1
                ? Math.floorMod(target, results.size())
                : Math.clamp(target, 0, results.size() - 1);
        selectedIndex.set(next);
    }

    /** Runs the selected command if it can run now, closing the palette first; false when nothing ran. */
    public boolean runSelected() {
        int index = selectedIndex.get();
        if (index < 0 || index >= results.size()) {
            return false;
        }
        PluginCommand command = results.get(index);
        if (!command.executable().get()) {
            return false;
        }
        close();
        command.action().run();
        return true;
    }

    private void filter() {
        record Ranked(PluginCommand command, int score, int order) {}
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PluginCommand c = all.get(i);
            OptionalInt byText = matcher.score(query.get(), c.text());
            OptionalInt byCategory = matcher.score(query.get(), c.category() + " " + c.text());
            int score = Math.max(
                    byText.orElse(Integer.MIN_VALUE), byCategory.isPresent() ? byCategory.getAsInt() - 3 : Integer.MIN_VALUE);
            if (score != Integer.MIN_VALUE) {
                ranked.add(new Ranked(c, score, i));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::score).reversed().thenComparingInt(Ranked::order));
        results.setAll(ranked.stream().map(Ranked::command).toList());
        int firstExecutable = 0;
        while (firstExecutable < results.size() && !results.get(firstExecutable).executable().get()) {
            firstExecutable++;
        }
        selectedIndex.set(results.isEmpty() ? -1 : firstExecutable % results.size());
    }
}
