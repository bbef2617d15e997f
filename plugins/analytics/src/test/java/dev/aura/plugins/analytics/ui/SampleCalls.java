package dev.aura.plugins.analytics.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A realistic month of usage for screenshots: several models and plugins, busy weekdays, some errors. */
final class SampleCalls {
    private record Model(String name, String provider, int ttft, int perToken, double weight) {}

    private static final List<Model> MODELS = List.of(
            new Model("llama3.2:3b", "ollama", 180, 18, 0.35),
            new Model("qwen2.5-coder:7b", "ollama", 320, 32, 0.25),
            new Model("gemma3:4b", "ollama", 240, 24, 0.2),
            new Model("mistral:7b", "ollama", 350, 30, 0.12),
            new Model("gpt-4o-mini", "openai", 450, 9, 0.08));
    private static final String[] SOURCES = {"chat", "chat", "chat", "prompts", "agents"};
    private static final String[][] ERRORS = {
            {"STALLED", "The model stopped sending tokens for 30 s"},
            {"UNREACHABLE", "Could not connect to Ollama at http://127.0.0.1:11434"},
            {"MODEL_NOT_FOUND", "model 'mistral:7b' not found, try pulling it first"},
            {"CANCELLED", "Stopped by the user"}};

    private SampleCalls() {}

    /**
     * {@code count} calls over the last {@code days} days, plus a burst in the last 20 hours where qwen is slow and
     * mistral fails often, for the insights to find.
     */
    static List<AnalyticsFixture.Call> month(Instant now, int count, int days, long seed) {
        Random random = new Random(seed);
        List<AnalyticsFixture.Call> calls = new ArrayList<>(count + 80);
        for (int i = 0; i < 40; i++) {
            Instant at = now.minus(Duration.ofMinutes(30 + random.nextInt(20 * 60)));
            int out = 100 + random.nextInt(400);
            calls.add(AnalyticsFixture.Call.ok(at, "qwen2.5-coder:7b", "chat", 300 + random.nextInt(900), out,
                    900 + random.nextInt(400), 1300 + out * 75L));
            calls.add(i % 3 == 0
                    ? AnalyticsFixture.Call.failed(at, "mistral:7b", "agents", "STALLED",
                            "The model stopped sending tokens for 30 s")
                    : AnalyticsFixture.Call.ok(at, "mistral:7b", "agents", 500, 200, 300, 6300));
        }
        Instant start = now.minus(Duration.ofDays(days));
        long span = Duration.between(start, now.minus(Duration.ofMinutes(20))).toMillis();
        while (calls.size() < count + 80) {
            Instant at = start.plusMillis((long) (random.nextDouble() * span));
            int hour = at.atZone(java.time.ZoneOffset.UTC).getHour();
            if ((hour < 7 || hour > 22) && random.nextDouble() < 0.8) {
                continue; // quieter nights
            }
            Model m = pick(random);
            String source = SOURCES[random.nextInt(SOURCES.length)];
            if (random.nextDouble() < (m.name().startsWith("mistral") ? 0.09 : 0.025)) {
                String[] e = ERRORS[random.nextInt(ERRORS.length)];
                calls.add(AnalyticsFixture.Call.failed(at, m.name(), source, e[0], e[1]).withProvider(m.provider()));
                continue;
            }
            int in = 40 + random.nextInt(1800);
            int out = 30 + random.nextInt(700);
            long ttft = (long) (m.ttft() * (0.6 + random.nextDouble() * 0.9));
            long latency = ttft + (long) (out * m.perToken() * (0.8 + random.nextDouble() * 0.5));
            calls.add(AnalyticsFixture.Call.ok(at, m.name(), source, in, out, ttft, latency).withProvider(m.provider()));
        }
        return calls;
    }

    private static Model pick(Random random) {
        double r = random.nextDouble();
        for (Model m : MODELS) {
            r -= m.weight();
            if (r <= 0) {
                return m;
            }
        }
        return MODELS.getFirst();
    }
}
