package dev.aura.plugins.prompts.cards;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable saved state of a card. Numbers start at 1 and grow by one per save. {@code note} says where a
 * version came from when not from a plain save ("restored from version 3", "imported from promptfooconfig.yaml"),
 * else null.
 */
public record CardVersion(String cardId, int number, CardContent content, Instant createdAt, String note) {
    public CardVersion {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(content, "content");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
    }
}
