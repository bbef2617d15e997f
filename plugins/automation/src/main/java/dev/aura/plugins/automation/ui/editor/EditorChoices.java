package dev.aura.plugins.automation.ui.editor;

import javafx.collections.ObservableList;

/**
 * What the step forms offer to pick from, filled off the UI thread: installed models (empty when Ollama is down, the
 * field is then free text), prompt card references, and the names of saved workflows.
 */
public record EditorChoices(ObservableList<String> models, ObservableList<String> promptReferences,
                            ObservableList<String> workflowNames) {}
