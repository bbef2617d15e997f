package dev.aura.plugins.prompts.promptfoo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A promptfoo project in a temp folder: write files, then read its promptfooconfig.yaml. */
final class ConfigDir {
    private final Path dir;

    ConfigDir(Path dir) {
        this.dir = dir;
    }

    ConfigDir file(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PromptfooConfig read(String configYaml) {
        file("promptfooconfig.yaml", configYaml);
        return new PromptfooConfigReader().read(config());
    }

    Path config() {
        return dir.resolve("promptfooconfig.yaml");
    }

    Path path(String relative) {
        return dir.resolve(relative);
    }
}
