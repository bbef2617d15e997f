package dev.aura.plugins.prompts.run;

import dev.aura.core.evals.EvalLog;
import dev.aura.core.evals.EvalRecord;
import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.ChatResult;
import dev.aura.core.llm.GatewayOptions;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.OllamaLlmGateway;
import dev.aura.core.llm.StreamHandle;
import dev.aura.core.llm.StreamListener;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import dev.aura.core.usage.ModelPrice;
import dev.aura.core.usage.Pricing;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.DefaultGrader;
import dev.aura.plugins.prompts.eval.JinjavaPromptTemplates;
import dev.aura.plugins.prompts.eval.javascript.JavaScriptAssertion;
import dev.aura.plugins.prompts.promptfoo.PromptDef;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.ProviderDef;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A real gateway on a fake Ollama, a gateway wrapper that counts calls in flight, and a small eval log. */
final class RunFixture implements AutoCloseable {
    static final String CHAT_PROMPT = """
            [{"role": "system", "content": "Answer in one line."},
             {"role": "user", "content": "What is the capital of {{ country }}?"}]""";

    final FakeOllamaServer ollama = new FakeOllamaServer();
    final OllamaLlmGateway realGateway = new OllamaLlmGateway(new OllamaConnection(ollama.url()),
            new InMemoryUsageLog(), GatewayOptions.defaults().withMaxConcurrentCalls(8)
                    .withStallTimeout(Duration.ofSeconds(8)).withFirstTokenTimeout(Duration.ofSeconds(8))
                    .withRetries(1, Duration.ofMillis(10)));
    final CountingGateway gateway = new CountingGateway(realGateway);
    final ListEvalLog evals = new ListEvalLog();
    final Pricing pricing = new Pricing(Map.of("llama3", new ModelPrice("llama3", 1_000_000, 2_000_000, null)), 0,
            "USD");
    final SuiteRunner runner = new SuiteRunner(gateway, new JinjavaPromptTemplates(),
            DefaultGrader.deterministic().with(new JavaScriptAssertion()), pricing, evals);

    RunFixture() {
        ollama.start();
    }

    /** 2 prompts x 2 models x 3 tests; the first test passes, the second fails, the third uses defaultTest's vars. */
    static PromptfooConfig capitals(List<ProviderDef> providers) {
        TestDef defaults = new TestDef(null, Map.of("country", "Italy"),
                List.of(AssertionSpec.of("not-contains", "sorry")), null);
        List<TestDef> tests = List.of(
                new TestDef("france", Map.of("country", "France", "capital", "Paris"),
                        List.of(AssertionSpec.of("contains", "{{ capital }}")), null),
                new TestDef("spain", Map.of("country", "Spain", "capital", "Madrid"),
                        List.of(AssertionSpec.of("contains", "{{ capital }}"),
                                AssertionSpec.of("javascript", "output.length > 3")), null),
                new TestDef(null, Map.of(), List.of(AssertionSpec.of("icontains", "paris")), null));
        return new PromptfooConfig("Capitals", List.of(new PromptDef("plain", "Capital of {{ country }}?"),
                new PromptDef("chat", CHAT_PROMPT)), providers, tests, defaults, List.of());
    }

    static List<ProviderDef> ollamaModels(String... models) {
        List<ProviderDef> providers = new ArrayList<>();
        for (String model : models) {
            providers.add(new ProviderDef("ollama:chat:" + model, null, "chat", model, Map.of("temperature", 0.2)));
        }
        return providers;
    }

    @Override
    public void close() {
        realGateway.close();
        ollama.stop();
    }

    static final class ListEvalLog implements EvalLog {
        final List<EvalRecord> records = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void record(EvalRecord record) {
            records.add(record);
        }

        @Override
        public List<EvalRecord> recent(int limit) {
            synchronized (records) {
                return records.reversed().stream().limit(limit).toList();
            }
        }
    }

    /** Counts the calls started and the most that were running at once. */
    static final class CountingGateway implements LlmGateway {
        private final LlmGateway delegate;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final AtomicInteger allowed = new AtomicInteger();

        CountingGateway(LlmGateway delegate) {
            this.delegate = delegate;
        }

        @Override
        public void allowConcurrentCalls(int calls) {
            allowed.accumulateAndGet(calls, Math::max);
            delegate.allowConcurrentCalls(calls);
        }

        @Override
        public ChatResult chat(ChatRequest request) {
            return stream(request, new StreamListener() {}).result().join();
        }

        @Override
        public StreamHandle stream(ChatRequest request, StreamListener listener) {
            calls.incrementAndGet();
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            StreamHandle handle = delegate.stream(request, listener);
            // the caller sees the result only after the decrement, so a finished call never overlaps the next
            CompletableFuture<ChatResult> counted = handle.result().whenComplete((r, e) -> running.decrementAndGet());
            return new StreamHandle() {
                @Override
                public void cancel() {
                    handle.cancel();
                }

                @Override
                public CompletableFuture<ChatResult> result() {
                    return counted;
                }
            };
        }
    }
}
