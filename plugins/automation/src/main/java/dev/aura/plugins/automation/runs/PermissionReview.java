package dev.aura.plugins.automation.runs;

import dev.aura.plugins.automation.model.Permissions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares what a workflow asks for with what the user last confirmed. A folder inside a confirmed folder is not new
 * (the grant already covers it); hosts compare without case; executables only count while the shell is enabled.
 */
final class PermissionReview {
    private PermissionReview() {}

    static Optional<PermissionChange> review(String flowId, String workflow, Permissions requested,
                                             Optional<Permissions> confirmed) {
        if (needsNothing(requested)) {
            return Optional.empty();
        }
        List<String> executables = requested.shellEnabled() ? requested.executables() : List.of();
        if (confirmed.isEmpty()) {
            return Optional.of(new PermissionChange(flowId, workflow, requested, true, requested.folders(),
                    requested.hosts(), executables, requested.shellEnabled()));
        }
        Permissions before = confirmed.get();
        List<Path> newFolders = requested.folders().stream().filter(f -> !covered(f, before.folders())).toList();
        List<String> knownHosts = before.hosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<String> newHosts = requested.hosts().stream()
                .filter(h -> !knownHosts.contains(h.toLowerCase(Locale.ROOT))).toList();
        List<String> knownExecutables = before.shellEnabled() ? before.executables() : List.of();
        List<String> newExecutables = executables.stream().filter(e -> !knownExecutables.contains(e)).toList();
        boolean shellNewlyEnabled = requested.shellEnabled() && !before.shellEnabled();
        if (newFolders.isEmpty() && newHosts.isEmpty() && newExecutables.isEmpty() && !shellNewlyEnabled) {
            return Optional.empty();
        }
        return Optional.of(new PermissionChange(flowId, workflow, requested, false, newFolders, newHosts,
                newExecutables, shellNewlyEnabled));
    }

    /** No folders, no hosts, no shell: nothing to confirm. */
    static boolean needsNothing(Permissions requested) {
        return requested.folders().isEmpty() && requested.hosts().isEmpty() && !requested.shellEnabled();
    }

    private static boolean covered(Path folder, List<Path> confirmed) {
        Path wanted = folder.toAbsolutePath().normalize();
        return confirmed.stream().map(c -> c.toAbsolutePath().normalize()).anyMatch(wanted::startsWith);
    }
}
