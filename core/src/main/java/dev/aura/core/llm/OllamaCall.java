package dev.aura.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One streamed model call: waits for a permit, runs attempts through langchain4j (retrying connection failures
 * before the first token), watches for stalls and silent disconnects, and ends exactly once.
 */
final class OllamaCall implements StreamHandle, StreamTap.Observer {
    private static final Logger LOG = LoggerFactory.getLogger(OllamaCall.class);

    private final CallEnvironment env;
    private final ChatRequest request;
    private final StreamListener listener;
    private final CompletableFuture<ChatResult> result = new CompletableFuture<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private final AtomicBoolean permitHeld = new AtomicBoolean();
    private final Object delivery = new Object();
    private final StringBuilder text = new StringBuilder();
    private final Instant startedAt = Instant.now();
    private final long startNanos = System.nanoTime();
    private volatile long firstTokenNanos = -1;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean linesSeen;
    private volatile int chunks;
    private volatile StreamTap currentTap;
    private volatile URI base;
    private volatile Thread waiter;
    private volatile ScheduledFuture<?> watchdog;

    OllamaCall(CallEnvironment env, ChatRequest request, StreamListener listener) {
        this.env = env;
        this.request = request;
        this.listener = listener;
        this.base = env.connection().baseUri();
    }

    void start() {
        Thread.ofVirtual().name("llm-call-" + request.model()).start(() -> {
            waiter = Thread.currentThread();
            try {
                env.permits().acquire();
                permitHeld.set(true);
            } catch (InterruptedException e) {
                return; // cancelled while waiting for a permit
            } finally {
                waiter = null;
            }
            if (done.get()) {
                releasePermit();
                return;
            }
            long period = Math.clamp(env.options().stallTimeout().toMillis() / 4, 10, 1000);
            watchdog = env.scheduler().scheduleAtFixedRate(this::checkProgress, period, period, TimeUnit.MILLISECONDS);
            attempt(1);
        });
    }

    private void attempt(int number) {
        if (done.get()) {
            return;
        }
        base = env.connection().baseUri();
        StreamTap tap = new StreamTap(env.jdk().get(), this);
        currentTap = tap;
        if (done.get()) {
            tap.abort(); // cancelled while this attempt was being set up
            return;
        }
        linesSeen = false;
        lastActivityNanos = System.nanoTime();
        try {
            OllamaStreamingChatModel model = OllamaStreamingChatModel.builder()
                    .httpClientBuilder(tap)
                    .baseUrl(base.toString())
                    .modelName(request.model())
                    .build();
            model.chat(Langchain4jRequests.toLangchain4j(request), new Handler(tap, number));
        } catch (RuntimeException e) {
            fail(LlmException.Kind.OTHER, LlmErrors.other(e), e);
        }
    }

    @Override
    public void cancel() {
        Thread waiting = waiter;
        if (waiting != null) {
            waiting.interrupt();
        }
        fail(LlmException.Kind.CANCELLED, LlmErrors.cancelled(), null);
    }

    @Override
    public CompletableFuture<ChatResult> result() {
        return result;
    }

    // ---- what the tap sees ----

    @Override
    public void onLine(StreamTap tap, String raw, JsonNode json) {
        if (tap != currentTap) {
            return;
        }
        lastActivityNanos = System.nanoTime();
        linesSeen = true;
        if (json == null) {
            fail(LlmException.Kind.OTHER, LlmErrors.garbage(base, raw), null);
        } else if (json.hasNonNull("error")) {
            fail(LlmException.Kind.HTTP_ERROR, LlmErrors.streamError(json.get("error").asText()), null);
        }
    }

    @Override
    public void onStreamEnded(StreamTap tap) {
        // langchain4j reports neither completion nor error when a stream ends without done:true
        if (tap == currentTap && tap.opened()) {
            fail(LlmException.Kind.DISCONNECTED, LlmErrors.disconnected(request.model()), tap.transportError());
        }
    }

    private void checkProgress() {
        if (done.get()) {
            stopWatching();
            return;
        }
        long idleMillis = (System.nanoTime() - lastActivityNanos) / 1_000_000;
        Duration limit = linesSeen ? env.options().stallTimeout() : env.options().firstTokenTimeout();
        if (idleMillis <= limit.toMillis()) {
            return;
        }
        String message = linesSeen
                ? LlmErrors.stalled(request.model(), limit.toSeconds())
                : LlmErrors.notStarted(request.model(), limit.toSeconds());
        fail(LlmException.Kind.STALLED, message, null);
    }

    // ---- what langchain4j reports ----

    private final class Handler implements StreamingChatResponseHandler {
        private final StreamTap tap;
        private final int attempt;

        Handler(StreamTap tap, int attempt) {
            this.tap = tap;
            this.attempt = attempt;
        }

        @Override
        public void onPartialResponse(String token) {
            if (tap == currentTap) {
                token(token);
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            if (tap == currentTap) {
                succeed(CallFigures.result(text(), request.model(), tap.finalChunk(), response,
                        ttft(), System.nanoTime() - startNanos));
            }
        }

        @Override
        public void onError(Throwable error) {
            if (tap != currentTap || done.get()) {
                return;
            }
            Throwable cause = tap.transportError() != null ? tap.transportError() : error;
            int status = tap.httpStatus();
            if (status == 404) {
                fail(LlmException.Kind.MODEL_NOT_FOUND, LlmErrors.modelNotFound(request.model()), error);
            } else if (status >= 400) {
                fail(LlmException.Kind.HTTP_ERROR,
                        LlmErrors.httpError(status, dev.aura.core.ollama.OllamaErrorText.of(tap.errorBody())), error);
            } else if (!tap.opened() && LlmErrors.isConnectFailure(cause)) {
                retryOrGiveUp(cause);
            } else if (tap.opened() && LlmErrors.isIoFailure(cause)) {
                fail(LlmException.Kind.DISCONNECTED, LlmErrors.disconnected(request.model()), cause);
            } else {
                fail(LlmException.Kind.OTHER, LlmErrors.other(error), error);
            }
        }

        private void retryOrGiveUp(Throwable cause) {
            if (attempt >= env.options().connectAttempts() || chunks > 0) {
                fail(LlmException.Kind.UNREACHABLE, LlmErrors.unreachable(base), cause);
                return;
            }
            long delay = env.options().retryBackoff().toMillis() << (attempt - 1);
            LOG.debug("Ollama at {} not reachable (attempt {}), retrying in {} ms", base, attempt, delay);
            lastActivityNanos = System.nanoTime() + delay * 1_000_000;
            env.scheduler().schedule(() -> attempt(attempt + 1), delay, TimeUnit.MILLISECONDS);
        }
    }

    // ---- delivery: tokens, then exactly one of complete/error ----

    private void token(String token) {
        synchronized (delivery) {
            if (done.get()) {
                return;
            }
            if (firstTokenNanos < 0) {
                firstTokenNanos = System.nanoTime();
            }
            text.append(token);
            chunks++;
            try {
                listener.onToken(token);
            } catch (RuntimeException e) {
                LOG.warn("A stream listener failed on a token; the stream continues", e);
            }
        }
    }

    private String text() {
        synchronized (delivery) {
            return text.toString();
        }
    }

    private Duration ttft() {
        return firstTokenNanos < 0 ? null : Duration.ofNanos(firstTokenNanos - startNanos);
    }

    private void succeed(ChatResult chatResult) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        stopWatching();
        synchronized (delivery) {
            try {
                listener.onComplete(chatResult);
            } catch (RuntimeException e) {
                LOG.warn("A stream listener failed on completion", e);
            }
        }
        // recorded before the future completes, so whoever waits on it finds the row
        StreamTap tap = currentTap;
        CallFigures.recordOk(env.usageLog(), request, startedAt, chatResult, tap == null ? null : tap.finalChunk(),
                System.nanoTime() - startNanos);
        result.complete(chatResult);
    }

    private void fail(LlmException.Kind kind, String message, Throwable cause) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        StreamTap tap = currentTap;
        if (tap != null) {
            tap.abort();
        }
        stopWatching();
        LlmException error;
        synchronized (delivery) {
            error = new LlmException(kind, message, text.toString(), cause);
            try {
                listener.onError(error);
            } catch (RuntimeException e) {
                LOG.warn("A stream listener failed on an error", e);
            }
        }
        CallFigures.recordFailure(env.usageLog(), request, startedAt, error, chunks, ttft(),
                System.nanoTime() - startNanos);
        result.completeExceptionally(error);
    }

    private void stopWatching() {
        ScheduledFuture<?> w = watchdog;
        if (w != null) {
            w.cancel(false);
        }
        releasePermit();
    }

    private void releasePermit() {
        if (permitHeld.compareAndSet(true, false)) {
            env.permits().release();
        }
    }
}
