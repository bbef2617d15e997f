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

    static List<AnalyticsFixture.Call> month(Instant now, int count, long seed) {
        Random random = new Random(seed);
        List<AnalyticsFixture.Call> calls = new ArrayList<>(count);
        Instant start = now.minus(Duration.ofDays(30));
        long span = Duration.between(start, now.minus(Duration.ofMinutes(20))).toMillis();
        while (calls.size() < count) {
            Instant at = start.plusMillis((long) (random.nextDouble() * span));
            int hour = at.atZone(java.time.ZoneOffset.UTC).getHour();
            if ((hour < 7 || hour > 22) && random.nextDouble() < 0.8) {
                continue; // quieter nights
            }
            Model m = pick(random);
            String source = SOURCES[random.nextInt(SOURCES.length)];
            // qwen got slower in the last two days: an insight to show
            boolean slow = m.name().startsWith("qwen") && at.isAfter(now.minus(Duration.ofDays(2)));
            if (random.nextDouble() < (m.name().startsWith("mistral") ? 0.09 : 0.025)) {
                String[] e = ERRORS[random.nextInt(ERRORS.length)];
                calls.add(AnalyticsFixture.Call.failed(at, m.name(), source, e[0], e[1]).withProvider(m.provider()));
                continue;
            }
            int in = 40 + random.nextInt(1800);
            int out = 30 + random.nextInt(700);
            long ttft = (long) (m.ttft() * (0.6 + random.nextDouble() * 0.9) * (slow ? 2.2 : 1));
            long latency = ttft + (long) (out * m.perToken() * (0.8 + random.nextDouble() * 0.5) * (slow ? 1.8 : 1));
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
