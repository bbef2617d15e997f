package dev.aura.plugins.chat.model;

import java.time.Instant;
import java.util.UUID;

/** One row of the conversation list: only what the list shows, so 10,000 of them load fast. */
public record ConversationSummary(
        UUID id, String title, String model, UUID folderId, boolean pinned, Instant lastActivityAt, Instant trashedAt) {}
