package dev.aura.core.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** User-facing messages for failed model calls: what happened and what to do next. */
final class LlmErrors {
    private LlmErrors() {}

    static boolean isConnectFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnresolvedAddressException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    static boolean isIoFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static String unreachable(URI base) {
        return "Ollama is not reachable at " + base + ". Start it with `ollama serve`, or change the URL in Settings.";
    }

    static String modelNotFound(String model) {
        return "The model '" + model + "' is not installed in Ollama. Pull it first (Models panel, or `ollama pull "
                + model + "`), or choose an installed model.";
    }

    static String httpError(int status, String ollamaError) {
        return "Ollama answered HTTP " + status + ": " + ollamaError + ". Check Ollama's log, then try again.";
    }

    static String streamError(String ollamaError) {
        return "Ollama stopped the answer with an error: " + ollamaError + ". Check Ollama's log, then try again.";
    }

    static String stalled(String model, long seconds) {
        return "The model '" + model + "' stopped answering (nothing for " + seconds + " s). The partial answer is "
                + "kept; try again, or restart Ollama if it keeps happening.";
    }

    static String notStarted(String model, long seconds) {
        return "The model '" + model + "' did not start answering within " + seconds + " s. It may still be loading "
                + "or too large for this machine: try again, or choose a smaller model.";
    }

    static String disconnected(String model) {
        return "The connection to Ollama closed before '" + model + "' finished its answer. The partial answer is "
                + "kept; check that Ollama is still running, then try again.";
    }

    static String garbage(URI base, String line) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "…" : line;
        return "Ollama at " + base + " sent data Aura cannot read (\"" + shown + "\"). Check that the URL in "
                + "Settings points to Ollama, then try again.";
    }

    static String cancelled() {
        return "The answer was stopped. The partial answer is kept.";
    }

    static String other(Throwable error) {
        return "The model call failed: " + error.getMessage() + ". Try again; if it keeps happening, check Ollama's log.";
    }

    static String cannotEmbed(String model, String ollamaError) {
        return "The model '" + model + "' cannot make embeddings (Ollama said: " + ollamaError + "). Pick an "
                + "embedding model such as nomic-embed-text (`ollama pull nomic-embed-text`).";
    }

    static String embedEndpointMissing(URI base) {
        return "Ollama at " + base + " does not know /api/embed; it is older than 0.3.4. Update Ollama, then try "
                + "again.";
    }

    static String embedTimedOut(String model, long seconds) {
        return "The embedding model '" + model + "' did not answer within " + seconds + " s. It may still be "
                + "loading: try again, or restart Ollama if it keeps happening.";
    }

    static String embedBroken(URI base, Throwable error) {
        return "The connection to Ollama at " + base + " broke during an embedding call (" + error.getMessage()
                + "). Check that Ollama is still running, then try again.";
    }

    static String embedCancelled() {
        return "The embedding call was stopped.";
    }
}
