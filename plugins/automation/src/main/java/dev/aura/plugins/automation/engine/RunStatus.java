package dev.aura.plugins.automation.engine;

/** How a run ended. {@code RUNNING} appears only in the run history, for a run that has not finished yet. */
public enum RunStatus { RUNNING, SUCCEEDED, FAILED, CANCELLED }
