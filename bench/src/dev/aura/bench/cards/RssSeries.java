package dev.aura.bench.cards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resident memory of a run over time, against its progress: on every poll, the tree's VmRSS and how many chat calls
 * the fake Ollama has answered since the run began, so memory can be read at 25/50/75/100% of the tests.
 */
final class RssSeries implements MeasuredRun.Sampler {
    record Sample(long elapsedMs, long calls, long rssKb) {}

    private final FakeOllamaProcess fake;
    private final long delayMs;
    private final long baseline;
    private final long start = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();

    RssSeries(FakeOllamaProcess fake, long delayMs) {
        this.fake = fake;
        this.delayMs = delayMs;
        this.baseline = fake.chats(delayMs);
    }

    @Override
    public void accept(long rssKb) {
        samples.add(new Sample((System.nanoTime() - start) / 1_000_000, fake.chats(delayMs) - baseline, rssKb));
    }

    /** VmRSS at the first poll once {@code fraction} of {@code total} calls were answered (the last poll if none). */
    long rssKbAt(double fraction, long total) {
        for (Sample s : samples) {
            if (s.rssKb() > 0 && s.calls() >= Math.ceil(fraction * total)) {
                return s.rssKb();
            }
        }
        return samples.isEmpty() ? 0 : samples.getLast().rssKb();
    }

    void writeCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("elapsed_ms,calls_answered,rss_kib"));
        samples.forEach(s -> lines.add(s.elapsedMs() + "," + s.calls() + "," + s.rssKb()));
        Files.write(file, lines);
    }
}
