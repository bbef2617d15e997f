package dev.aura.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/** Runs the JDK tools in this JVM and finds system commands. */
final class Tools {
    private Tools() {}

    static void run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                "The JDK running this build has no " + tool + ". Use a full JDK 25 (not a JRE) as JAVA_HOME."));
        Log.step(tool + " " + String.join(" ", args));
        int code = provider.run(System.out, System.err, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + code + "; its messages are above.");
        }
    }

    /** Whether a command is on the PATH (jpackage calls these for some installer types). */
    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String suffix : List.of("", ".exe", ".cmd", ".bat")) {
                if (Files.isExecutable(Path.of(dir, command + suffix))) {
                    return true;
                }
            }
        }
        return false;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
