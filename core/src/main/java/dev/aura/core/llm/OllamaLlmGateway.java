package dev.aura.core.llm;

import dev.aura.core.ollama.LazyHttpClient;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.usage.UsageLog;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/**
 * {@link LlmGateway} for Ollama over langchain4j-ollama, adding what langchain4j lacks: a stall watchdog that also
 * catches streams ending without {@code done}, cancellation that closes the HTTP stream, a concurrency limit,
 * retries of connection failures before the first token, clear errors, and a usage-log row for every call.
 * The Ollama URL is read from the {@link OllamaConnection} at each call. Close it to stop its watchdog thread.
 */
public final class OllamaLlmGateway implements LlmGateway, AutoCloseable {
    /** A ceiling on what callers may ask for: more would only queue inside Ollama and hold sockets. */
    static final int MAX_CONCURRENT_CALLS = 64;

    private final CallEnvironment env;
    private int concurrentCalls;

    public OllamaLlmGateway(OllamaConnection connection, UsageLog usageLog) {
        this(connection, usageLog, GatewayOptions.defaults());
    }

    public OllamaLlmGateway(OllamaConnection connection, UsageLog usageLog, GatewayOptions options) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "llm-watchdog");
            t.setDaemon(true);
            return t;
        });
        // Ollama speaks HTTP/1.1; langchain4j's default JDK client would first try an h2c upgrade.
        LazyHttpClient jdk = new LazyHttpClient(options.connectTimeout());
        this.env = new CallEnvironment(connection, options, usageLog, scheduler, jdk,
                new Semaphore(options.maxConcurrentCalls(), true));
        this.concurrentCalls = options.maxConcurrentCalls();
    }

    @Override
    public ChatResult chat(ChatRequest request) {
        try {
            return stream(request, new StreamListener() {}).result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof LlmException llm) {
                throw llm;
            }
            throw e;
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamListener listener) {
        if (!"ollama".equals(request.provider())) {
            throw new IllegalArgumentException("Provider '" + request.provider() + "' is not supported yet; use 'ollama'.");
        }
        OllamaCall call = new OllamaCall(env, request, listener);
        call.start();
        return call;
    }

    @Override
    public synchronized void allowConcurrentCalls(int calls) {
        int more = Math.min(calls, MAX_CONCURRENT_CALLS) - concurrentCalls;
        if (more > 0) {
            concurrentCalls += more;
            env.permits().release(more);
        }
    }

    /** Calls that may run at once now (for status displays and tests). */
    public int availablePermits() {
        return env.permits().availablePermits();
    }

    @Override
    public void close() {
        env.scheduler().shutdownNow();
        env.jdk().shutdownNow(); // close() would wait for stalled streams
    }
}
