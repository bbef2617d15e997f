package dev.aura.plugins.analytics.model;

/** One row of a breakdown table: a model, a plugin, a provider or a day ({@code key}) and its figures. */
public record BreakdownRow(String key, Totals totals) {}
