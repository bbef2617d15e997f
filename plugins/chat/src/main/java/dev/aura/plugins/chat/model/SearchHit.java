package dev.aura.plugins.chat.model;

import java.util.UUID;

/**
 * One search result.
 *
 * @param messageId null when the conversation's title matched
 * @param snippet   the matching text around the hit, one line
 */
public record SearchHit(UUID conversationId, String conversationTitle, UUID messageId, String snippet, float score) {}
