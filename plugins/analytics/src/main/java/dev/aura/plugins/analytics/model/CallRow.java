package dev.aura.plugins.analytics.model;

import dev.aura.core.usage.UsageRecord;

/** One stored call with its cost under the current price table. */
public record CallRow(UsageRecord call, double cost) {}
