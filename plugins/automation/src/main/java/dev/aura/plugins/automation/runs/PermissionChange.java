package dev.aura.plugins.automation.runs;

import dev.aura.plugins.automation.model.Permissions;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user must confirm before a workflow runs: everything it may use ({@code requested}), and what is new since
 * they last confirmed (all of it when {@code firstRun}).
 */
public record PermissionChange(String flowId, String workflow, Permissions requested, boolean firstRun,
                               List<Path> newFolders, List<String> newHosts, List<String> newExecutables,
                               boolean shellNewlyEnabled) {
    public PermissionChange {
        newFolders = List.copyOf(newFolders);
        newHosts = List.copyOf(newHosts);
        newExecutables = List.copyOf(newExecutables);
    }
}
