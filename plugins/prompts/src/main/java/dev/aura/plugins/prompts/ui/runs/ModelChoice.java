package dev.aura.plugins.prompts.ui.runs;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A model in the run dialog's checklist; {@code installed} is false for a card model Ollama does not have. */
public final class ModelChoice {
    private final String name;
    private final boolean installed;
    private final BooleanProperty checked = new SimpleBooleanProperty();

    ModelChoice(String name, boolean installed, boolean checked) {
        this.name = name;
        this.installed = installed;
        this.checked.set(checked);
    }

    public String name() {
        return name;
    }

    public boolean installed() {
        return installed;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public boolean checked() {
        return checked.get();
    }
}
