package dev.aura.plugins.chat.service;

import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.ChatResult;
import dev.aura.core.llm.LlmException;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.StreamHandle;
import dev.aura.core.llm.StreamListener;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.AnswerWriter;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One answer being streamed: tokens go to the writer and are saved in batches (every {@value #FLUSH_INTERVAL_MS} ms
 * from a scheduler, or at once when {@value #FLUSH_CHARS} characters are waiting), never one write per token. The
 * writer is not thread-safe, so every use of it holds {@code lock}.
 */
final class AnswerStream implements StreamListener, AnswerHandle {
    static final long FLUSH_INTERVAL_MS = 250;
    static final int FLUSH_CHARS = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(AnswerStream.class);

    private final AnswerWriter writer;
    private final AnswerListener listener;
    private final Consumer<ChatMessage> afterSave;
    private final ServiceTexts texts;
    private final CompletableFuture<ChatMessage> finished = new CompletableFuture<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private final Object lock = new Object();
    private final StringBuilder received = new StringBuilder();
    private int pendingChars;
    private volatile boolean stopRequested;
    private volatile StreamHandle handle;
    private volatile ScheduledFuture<?> flusher;

    /** @param afterSave runs once the final answer is saved, before the listener hears of it */
    AnswerStream(AnswerWriter writer, AnswerListener listener, Consumer<ChatMessage> afterSave, ServiceTexts texts) {
        this.writer = writer;
        this.listener = listener;
        this.afterSave = afterSave;
        this.texts = texts;
    }

    void start(LlmGateway llm, ChatRequest request, ScheduledExecutorService scheduler) {
        flusher = scheduler.scheduleWithFixedDelay(this::flushPending, FLUSH_INTERVAL_MS, FLUSH_INTERVAL_MS,
                TimeUnit.MILLISECONDS);
        try {
            StreamHandle started = llm.stream(request, this);
            handle = started;
            if (stopRequested) {
                started.cancel();
            }
        } catch (LlmException e) {
            onError(e);
        } catch (RuntimeException e) {
            onError(new LlmException(LlmException.Kind.OTHER, texts.text("error.callFailed", e.getMessage()), "", e));
        }
    }

    /** Ends the answer before any call was made (no model chosen). */
    void fail(String errorKind, String errorMessage) {
        finish(MessageStatus.FAILED, MessageFigures.NONE, errorKind, errorMessage);
    }

    @Override
    public UUID answerId() {
        return writer.messageId();
    }

    @Override
    public void stop() {
        stopRequested = true;
        StreamHandle running = handle;
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    public CompletableFuture<ChatMessage> finished() {
        return finished;
    }

    @Override
    public void onToken(String text) {
        synchronized (lock) {
            if (done.get()) {
                return;
            }
            writer.append(text);
            received.append(text);
            pendingChars += text.length();
            if (pendingChars >= FLUSH_CHARS) {
                flushLocked();
            }
        }
        try {
            listener.onToken(text);
        } catch (RuntimeException e) {
            LOG.warn("An answer listener failed on a token; the answer goes on", e);
        }
    }

    @Override
    public void onComplete(ChatResult result) {
        MessageFigures figures = new MessageFigures(result.promptTokens(), result.outputTokens(),
                result.timeToFirstToken() == null ? null : result.timeToFirstToken().toMillis(),
                result.tokensPerSecond(), result.totalDuration() == null ? null : result.totalDuration().toMillis());
        finish(MessageStatus.COMPLETE, figures, null, null);
    }

    @Override
    public void onError(LlmException error) {
        synchronized (lock) {
            // the gateway may have received text we were not handed as tokens: keep it too
            String partial = error.partialText();
            if (!done.get() && partial.length() > received.length() && partial.startsWith(received.toString())) {
                String rest = partial.substring(received.length());
                writer.append(rest);
                received.append(rest);
            }
        }
        if (error.kind() == LlmException.Kind.CANCELLED) {
            finish(MessageStatus.STOPPED, MessageFigures.NONE, null, null);
        } else {
            finish(MessageStatus.FAILED, MessageFigures.NONE, error.kind().name(), error.getMessage());
        }
    }

    private void flushPending() {
        synchronized (lock) {
            if (!done.get() && pendingChars > 0) {
                flushLocked();
            }
        }
    }

    private void flushLocked() {
        try {
            writer.flush();
            pendingChars = 0;
        } catch (RuntimeException e) {
            // the text stays in memory and is written whole at the end; only a crash now would lose it
            LOG.warn("Could not save part of answer {}; trying again with the next batch", writer.messageId(), e);
        }
    }

    private void finish(MessageStatus status, MessageFigures figures, String errorKind, String errorMessage) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> scheduled = flusher;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        ChatMessage saved;
        synchronized (lock) {
            try {
                saved = writer.finish(status, figures, errorKind, errorMessage);
            } catch (RuntimeException e) {
                LOG.error("Could not save the end of answer {}", writer.messageId(), e);
                saved = unsaved(e);
            }
        }
        try {
            afterSave.accept(saved);
        } catch (RuntimeException e) {
            LOG.warn("Work after answer {} failed", saved.id(), e);
        }
        try {
            listener.onFinished(saved);
        } catch (RuntimeException e) {
            LOG.warn("An answer listener failed on the end of answer {}", saved.id(), e);
        }
        finished.complete(saved);
    }

    private ChatMessage unsaved(RuntimeException e) {
        return new ChatMessage(writer.messageId(), null, null, dev.aura.plugins.chat.model.MessageRole.ASSISTANT,
                received.toString(), MessageStatus.FAILED, null, MessageFigures.NONE, "STORE",
                texts.text("error.notSaved", e.getMessage()), null, Instant.now());
    }
}
