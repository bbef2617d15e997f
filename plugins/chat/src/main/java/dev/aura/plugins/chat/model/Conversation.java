package dev.aura.plugins.chat.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation's settings and place in the list; its messages live in the message repository.
 *
 * @param systemPrompt   overrides the persona's when not null
 * @param currentLeafId  the last message of the branch the user is looking at, null when empty
 * @param trashedAt      non-null while in the trash
 */
public record Conversation(
        UUID id,
        String title,
        TitleSource titleSource,
        String model,
        UUID personaId,
        String systemPrompt,
        ChatParameters parameters,
        UUID folderId,
        boolean pinned,
        UUID currentLeafId,
        Instant createdAt,
        Instant lastActivityAt,
        Instant trashedAt) {
    public Conversation {
        parameters = parameters == null ? ChatParameters.DEFAULTS : parameters;
    }

    /** Whether the title may still be replaced by a generated one. */
    public enum TitleSource { PLACEHOLDER, GENERATED, USER, IMPORTED }
}
