package dev.aura.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Edits a jpackage launcher .cfg file: options added after the build (the AOT cache exists only after training). */
final class LauncherConfig {
    private LauncherConfig() {}

    static void addJavaOption(Path cfg, String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        String line = "java-options=" + option;
        if (lines.contains(line)) {
            return;
        }
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            lines.add("");
            lines.add("[JavaOptions]");
            lines.add(line);
        } else {
            int insertAt = section + 1;
            while (insertAt < lines.size() && !lines.get(insertAt).startsWith("[")) {
                insertAt++;
            }
            while (insertAt > section + 1 && lines.get(insertAt - 1).isBlank()) {
                insertAt--;
            }
            lines.add(insertAt, line);
        }
        Files.write(cfg, lines);
    }
}
