package dev.aura.plugins.chat.model;

/**
 * A message on the branch being shown, with where it sits among its alternatives: {@code < 2/3 >} is
 * siblingIndex 1 of siblingCount 3.
 */
public record ThreadMessage(ChatMessage message, int siblingIndex, int siblingCount) {}
