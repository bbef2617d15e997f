package dev.aura.plugins.automation.store;

import java.util.List;
import java.util.Map;

/** A run as stored: its summary, the variables it ran with and its steps in the order they ran. */
public record StoredRun(RunSummary summary, Map<String, String> variables, List<StoredStep> steps) {}
