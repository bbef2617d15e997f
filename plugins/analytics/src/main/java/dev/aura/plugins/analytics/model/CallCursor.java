package dev.aura.plugins.analytics.model;

import java.time.Instant;

/** Where the next page of calls starts: after this call in newest-first order. */
public record CallCursor(Instant startedAt, String id) {}
