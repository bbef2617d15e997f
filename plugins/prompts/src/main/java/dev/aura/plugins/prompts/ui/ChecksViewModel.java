package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.checks.Finding;
import dev.aura.plugins.prompts.checks.PromptChecker;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Prompt-check findings of the draft, most severe first. The checker reads no database and checks a card in well
 * under a millisecond, so it runs in place; the panel calls {@link #scan} a short pause after the last keystroke, so
 * typing a word checks once and no background job per key shows in the status bar.
 */
public final class ChecksViewModel {
    private final PromptChecker checker;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();

    public ChecksViewModel(PromptChecker checker) {
        this.checker = checker;
    }

    public void scan(CardContent content) {
        if (content == null) {
            findings.clear();
            checked.set(false);
            return;
        }
        findings.setAll(checker.check(content).stream().sorted(Comparator.comparing(Finding::severity)).toList());
        checked.set(true);
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** True once a draft was checked (the empty list then means "no findings"). */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }
}
