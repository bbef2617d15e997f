package dev.aura.plugins.chat.cli;

import dev.aura.core.llm.LlmException;
import dev.aura.core.ollama.OllamaException;

/** Exit codes for what went wrong, the same as {@code aura models}: scripts can tell Ollama down from a bad name. */
public final class CliFailures {
    private CliFailures() {}

    /** For an exception escaping a command; its message is already written for the user. */
    public static int exitCode(RuntimeException e) {
        return switch (e) {
            case OllamaException o when o.kind() == OllamaException.Kind.UNREACHABLE -> ChatCommand.UNREACHABLE;
            case OllamaException o when o.kind() == OllamaException.Kind.NOT_FOUND -> ChatCommand.NOT_FOUND;
            case LlmException l -> exitCode(l.kind().name());
            default -> ChatCommand.FAILED;
        };
    }

    /** For a FAILED answer's errorKind (an {@link LlmException.Kind} name). */
    public static int exitCode(String errorKind) {
        if (LlmException.Kind.UNREACHABLE.name().equals(errorKind)) {
            return ChatCommand.UNREACHABLE;
        }
        if (LlmException.Kind.MODEL_NOT_FOUND.name().equals(errorKind)) {
            return ChatCommand.NOT_FOUND;
        }
        if (LlmException.Kind.CANCELLED.name().equals(errorKind)) {
            return ChatCommand.CANCELLED;
        }
        return ChatCommand.FAILED;
    }
}
