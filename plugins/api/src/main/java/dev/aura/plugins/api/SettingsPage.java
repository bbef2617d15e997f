package dev.aura.plugins.api;

import javafx.scene.Node;

/** A plugin's page in the shared Settings dialog. Values are saved as they change (no Apply button). */
public interface SettingsPage {
    String title();

    /** On the FX thread, each time the dialog opens. */
    Node createContent();
}
