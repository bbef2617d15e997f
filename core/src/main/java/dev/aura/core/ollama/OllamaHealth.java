package dev.aura.core.ollama;

/** Watches whether Ollama answers; publishes {@link OllamaStatusChanged} on the event bus when that changes. */
public interface OllamaHealth extends AutoCloseable {
    OllamaStatus current();

    /** Checks now, in the background; a change is published as usual. */
    void checkNow();

    @Override
    void close();
}
