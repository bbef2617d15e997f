package dev.aura.plugins.analytics.model;

/** What a breakdown groups by; PLUGIN is the usage log's {@code source}, DAY the local date (ISO, yyyy-MM-dd). */
public enum Dimension { MODEL, PLUGIN, PROVIDER, DAY }
