package dev.aura.core.testing;

import java.time.Duration;
import java.util.List;

/**
 * How the fake answers {@code /api/chat} and {@code /api/generate}. Immutable; build with {@link #answer} and the
 * {@code with...} methods. Negative "after" counts mean "never".
 *
 * @param tokens           the answer, one streamed chunk per token
 * @param headerDelay      wait before sending the response headers (model loading)
 * @param tokenDelay       wait before each token
 * @param stallAfter       after this many tokens send nothing more but keep the connection open
 * @param disconnectAfter  after this many tokens close the connection abruptly (no final chunk)
 * @param garbageAfter     after this many tokens send a line that is not JSON
 * @param errorLineAfter   after this many tokens send {@code {"error": errorMessage}} inside the stream and end it
 * @param httpStatus       when not 200, answer with this status and {@code errorBody} instead of streaming
 * @param endWithoutDone   end the stream cleanly after the tokens but never send the {@code done:true} chunk
 */
public record ChatScript(
        List<String> tokens,
        Duration headerDelay,
        Duration tokenDelay,
        int stallAfter,
        int disconnectAfter,
        int garbageAfter,
        int errorLineAfter,
        String errorMessage,
        int httpStatus,
        String errorBody,
        int promptEvalCount,
        boolean endWithoutDone) {

    public ChatScript {
        tokens = List.copyOf(tokens);
    }

    public static ChatScript answer(String... tokens) {
        return new ChatScript(List.of(tokens), Duration.ZERO, Duration.ZERO, -1, -1, -1, -1, "", 200, "", 26, false);
    }

    public ChatScript withHeaderDelay(Duration delay) {
        return new ChatScript(tokens, delay, tokenDelay, stallAfter, disconnectAfter, garbageAfter, errorLineAfter,
                errorMessage, httpStatus, errorBody, promptEvalCount, endWithoutDone);
    }

    public ChatScript withTokenDelay(Duration delay) {
        return new ChatScript(tokens, headerDelay, delay, stallAfter, disconnectAfter, garbageAfter, errorLineAfter,
                errorMessage, httpStatus, errorBody, promptEvalCount, endWithoutDone);
    }

    public ChatScript withStallAfter(int n) {
        return new ChatScript(tokens, headerDelay, tokenDelay, n, disconnectAfter, garbageAfter, errorLineAfter,
                errorMessage, httpStatus, errorBody, promptEvalCount, endWithoutDone);
    }

    public ChatScript withDisconnectAfter(int n) {
        return new ChatScript(tokens, headerDelay, tokenDelay, stallAfter, n, garbageAfter, errorLineAfter,
                errorMessage, httpStatus, errorBody, promptEvalCount, endWithoutDone);
    }

    public ChatScript withGarbageAfter(int n) {
        return new ChatScript(tokens, headerDelay, tokenDelay, stallAfter, disconnectAfter, n, errorLineAfter,
                errorMessage, httpStatus, errorBody, promptEvalCount, endWithoutDone);
    }

    public ChatScript withErrorLineAfter(int n, String message) {
        return new ChatScript(tokens, headerDelay, tokenDelay, stallAfter, disconnectAfter, garbageAfter, n,
                message, httpStatus, errorBody, promptEvalCount, endWithoutDone);
    }

    /** Answers with this status and body (e.g. 500 and {@code {"error":"..."}}) instead of a stream. */
    public ChatScript withHttpError(int status, String body) {
        return new ChatScript(tokens, headerDelay, tokenDelay, stallAfter, disconnectAfter, garbageAfter, errorLineAfter,
                errorMessage, status, body, promptEvalCount, endWithoutDone);
    }

    public ChatScript withPromptEvalCount(int count) {
        return new ChatScript(tokens, headerDelay, tokenDelay, stallAfter, disconnectAfter, garbageAfter, errorLineAfter,
                errorMessage, httpStatus, errorBody, count, endWithoutDone);
    }

    /** Ends the stream properly (terminating chunk) without the final {@code done:true} line. */
    public ChatScript withEndWithoutDone() {
        return new ChatScript(tokens, headerDelay, tokenDelay, stallAfter, disconnectAfter, garbageAfter, errorLineAfter,
                errorMessage, httpStatus, errorBody, promptEvalCount, true);
    }

    /** What the final chunk reports as {@code eval_count}. */
    public int evalCount() {
        return tokens.size();
    }

    public String text() {
        return String.join("", tokens);
    }
}
