package dev.aura.plugins.prompts.ui.runs;

/** A column of the results matrix: one prompt variant on one model. */
public record MatrixColumn(int index, String variant, String model) {}
