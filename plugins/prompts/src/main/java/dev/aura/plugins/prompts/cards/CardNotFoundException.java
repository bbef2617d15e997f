package dev.aura.plugins.prompts.cards;

/** A card id or version that is not stored (or was deleted). The message says which and what to do. */
public final class CardNotFoundException extends RuntimeException {
    public CardNotFoundException(String message) {
        super(message);
    }
}
