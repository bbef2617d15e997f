package dev.aura.plugins.prompts.cards;

import java.time.Instant;

/** A movable name ("production", "staging", or the user's own) pointing at one version of a card. */
public record CardLabel(String cardId, String name, int version, Instant movedAt) {
    public static final String PRODUCTION = "production";
    public static final String STAGING = "staging";
}
