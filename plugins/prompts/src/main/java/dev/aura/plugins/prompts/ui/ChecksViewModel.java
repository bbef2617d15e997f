package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.checks.Finding;
import dev.aura.plugins.prompts.checks.PromptChecker;
import java.time.Duration;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Prompt-check findings of the draft, recomputed a short pause after the last edit (typing a word checks once) on a
 * background job; an answer for an older draft is dropped.
 */
public final class ChecksViewModel {
    private final PromptChecker checker;
    private final Background background;
    private final Duration debounce;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();
    private volatile long generation;

    public ChecksViewModel(PromptChecker checker, Background background, Duration debounce) {
        this.checker = checker;
        this.background = background;
        this.debounce = debounce;
    }

    public void scan(CardContent content) {
        long mine = ++generation;
        if (content == null) {
            findings.clear();
            checked.set(false);
            return;
        }
        background.run("prompts.check-card", job -> {
            if (!debounce.isZero()) {
                Thread.sleep(debounce.toMillis());
            }
            return mine == generation ? checker.check(content) : null;
        }, result -> {
            if (result != null && mine == generation) {
                findings.setAll(result.stream().sorted(Comparator.comparing(Finding::severity)).toList());
                checked.set(true);
            }
        });
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** True once findings for a draft have arrived (the empty list then means "no findings"). */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }
}
