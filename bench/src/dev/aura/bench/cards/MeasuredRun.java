package dev.aura.bench.cards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Runs one command as a new process and measures it: wall time from spawn to exit, and peak resident memory from
 * GNU time's {@code %M} (the kernel's high-water mark of the largest process in the tree: neither tool spawns
 * workers; ./aura's shell only runs short checks before it execs java). While it runs, the tree's summed VmRSS is
 * polled every {@value #POLL_MS} ms and handed to an optional sampler.
 */
final class MeasuredRun {
    static final long POLL_MS = 50;
    private static final long TIMEOUT_S = 1800;

    record Result(int exitCode, double wallMs, long peakRssKb, long polledPeakRssKb, Path log) {
        double peakRssMiB() {
            return Math.max(peakRssKb, polledPeakRssKb) / 1024.0;
        }
    }

    /** Called on every poll with the tree's summed VmRSS in KiB. */
    interface Sampler extends LongConsumer {}

    private MeasuredRun() {}

    static Result run(List<String> command, Map<String, String> env, Path workDir, Path log, Sampler sampler)
            throws IOException, InterruptedException {
        Path timeFile = log.resolveSibling(log.getFileName() + ".maxrss");
        Files.deleteIfExists(timeFile);
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-q", "-f", "%M", "-o", timeFile.toString()));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process process = pb.start();
        long polledPeak = 0;
        long deadline = t0 + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (!process.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
            List<ProcessHandle> tree = process.descendants().toList();
            long rss = tree.stream().mapToLong(p -> ProcStatus.rssKb(p.pid())).sum();
            polledPeak = Math.max(polledPeak, rss);
            if (sampler != null) {
                sampler.accept(rss);
            }
            if (System.nanoTime() > deadline) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + TIMEOUT_S
                        + " s; see " + log);
            }
        }
        double wallMs = (System.nanoTime() - t0) / 1e6;
        return new Result(process.exitValue(), wallMs, readMaxRss(timeFile), polledPeak, log);
    }

    private static long readMaxRss(Path timeFile) throws IOException {
        if (!Files.exists(timeFile)) {
            return 0;
        }
        for (String line : Files.readAllLines(timeFile)) {
            if (line.strip().matches("\\d+")) {
                return Long.parseLong(line.strip());
            }
        }
        return 0;
    }
}
