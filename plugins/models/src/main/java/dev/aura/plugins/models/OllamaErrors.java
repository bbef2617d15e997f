package dev.aura.plugins.models;

import dev.aura.core.ollama.OllamaException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Explains what went wrong talking to Ollama in the user's language, without stack traces. */
public final class OllamaErrors {
    private final Messages messages;
    private final Supplier<URI> ollamaUrl;

    public OllamaErrors(Messages messages, Supplier<URI> ollamaUrl) {
        this.messages = messages;
        this.ollamaUrl = ollamaUrl;
    }

    /** A failure of a call about an installed model (list, show, delete): "not found" means not installed. */
    public ModelsFailure describe(Throwable error, String modelName) {
        return describe(error, modelName, false);
    }

    /** A failure of a pull: "not found" means Ollama's library has no such model. */
    public ModelsFailure describePull(Throwable error, String modelName) {
        return describe(error, modelName, true);
    }

    /** @param modelName the model the failed action was about, or null */
    private ModelsFailure describe(Throwable error, String modelName, boolean pulling) {
        Throwable cause = unwrap(error);
        if (cause instanceof CancellationException || cause instanceof InterruptedException) {
            return new ModelsFailure(ModelsFailure.Kind.CANCELLED, messages.text("error.cancelled"));
        }
        String detail = cause.getMessage() == null ? "" : cause.getMessage().strip();
        String lower = detail.toLowerCase(Locale.ROOT);
        String model = modelName == null || modelName.isBlank() ? messages.text("error.thisModel") : modelName;
        if (lower.contains("no space left") || lower.contains("out of disk space") || lower.contains("disk full")) {
            return new ModelsFailure(ModelsFailure.Kind.DISK_FULL, messages.text("error.diskFull", model));
        }
        if (cause instanceof OllamaException ollama) {
            switch (ollama.kind()) {
                case UNREACHABLE -> {
                    return unreachable();
                }
                case TIMEOUT -> {
                    return new ModelsFailure(ModelsFailure.Kind.UNREACHABLE,
                            messages.text("error.timeout", ollamaUrl.get()));
                }
                case CANCELLED -> {
                    return new ModelsFailure(ModelsFailure.Kind.CANCELLED, messages.text("error.cancelled"));
                }
                case NOT_FOUND -> {
                    return new ModelsFailure(ModelsFailure.Kind.NOT_FOUND,
                            messages.text(pulling ? "error.notFound" : "error.notInstalled", model));
                }
                default -> {
                    // Ollama answers an unknown model in /api/pull with a 500 "file does not exist"
                }
            }
        }
        if (lower.contains("file does not exist") || lower.contains("not found")) {
            return new ModelsFailure(ModelsFailure.Kind.NOT_FOUND, messages.text("error.notFound", model));
        }
        String shown = detail.isEmpty() ? cause.getClass().getSimpleName() : firstLine(detail);
        return new ModelsFailure(ModelsFailure.Kind.OTHER, messages.text("error.other", shown));
    }

    public ModelsFailure unreachable() {
        return new ModelsFailure(ModelsFailure.Kind.UNREACHABLE, messages.text("error.unreachable", ollamaUrl.get()));
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }
}
