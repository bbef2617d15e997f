package dev.aura.plugins.chat.model;

import java.util.UUID;

/** A folder (project) grouping conversations. */
public record Folder(UUID id, String name) {}
