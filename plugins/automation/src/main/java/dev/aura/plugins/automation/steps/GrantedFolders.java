package dev.aura.plugins.automation.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves file paths for a workflow and refuses any that leave its granted folders: {@code ..} segments are refused
 * outright, and the real path (symlinks followed) of the file, or of its nearest existing parent, must lie inside.
 */
public final class GrantedFolders {
    private final List<Path> granted;

    public GrantedFolders(List<Path> folders) {
        List<Path> real = new ArrayList<>();
        for (Path folder : folders) {
            try {
                real.add(folder.toRealPath());
            } catch (IOException e) {
                // a granted folder that does not exist grants nothing
            }
        }
        this.granted = List.copyOf(real);
    }

    /** The real path of {@code path}; relative paths are taken inside the first granted folder. */
    public Path resolve(String path) {
        if (granted.isEmpty()) {
            throw new PermissionDenied("This workflow has no granted folders, so it cannot use " + path
                    + ". Grant it a folder in the workflow's permissions.");
        }
        Path requested;
        try {
            requested = Path.of(path);
        } catch (InvalidPathException e) {
            throw new PermissionDenied("'" + path + "' is not a valid path. Fix the path in the step.");
        }
        for (Path part : requested) {
            if (part.toString().equals("..")) {
                throw new PermissionDenied("The path " + path + " uses '..', which is not allowed."
                        + " Write the path inside a granted folder without '..'.");
            }
        }
        Path absolute = requested.isAbsolute() ? requested.normalize() : granted.getFirst().resolve(requested).normalize();
        Path real = realPath(absolute);
        for (Path folder : granted) {
            if (real.startsWith(folder)) {
                return real;
            }
        }
        throw new PermissionDenied("The path " + path + " is outside the folders this workflow may use ("
                + granted + "). Grant its folder in the workflow's permissions or use a path inside them.");
    }

    /** The real path of the nearest existing ancestor, followed by the parts that do not exist yet. */
    private static Path realPath(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
