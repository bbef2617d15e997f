package dev.aura.bench.cards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's resident memory from {@code /proc/PID/status}; 0 when it has gone. */
final class ProcStatus {
    private ProcStatus() {}

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process exited between listing and reading
        }
        return 0;
    }
}
