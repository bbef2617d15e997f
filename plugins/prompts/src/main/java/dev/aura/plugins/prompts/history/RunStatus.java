package dev.aura.plugins.prompts.history;

/** How a stored run ended: every cell ran, the user cancelled it, or it could not run at all. */
public enum RunStatus { COMPLETED, CANCELLED, FAILED }
