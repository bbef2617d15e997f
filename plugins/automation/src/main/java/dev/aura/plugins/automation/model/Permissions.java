package dev.aura.plugins.automation.model;

import java.nio.file.Path;
import java.util.List;

/** What a workflow may touch: granted folders, HTTP hosts, and executables (only when the shell is enabled). */
public record Permissions(List<Path> folders, List<String> hosts, List<String> executables, boolean shellEnabled) {
    public static final Permissions NONE = new Permissions(List.of(), List.of(), List.of(), false);

    public Permissions {
        folders = folders == null ? List.of() : List.copyOf(folders);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        executables = executables == null ? List.of() : List.copyOf(executables);
    }
}
