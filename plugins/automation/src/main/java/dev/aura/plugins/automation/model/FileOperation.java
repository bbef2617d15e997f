package dev.aura.plugins.automation.model;

/** What a Files step does. */
public enum FileOperation { READ, WRITE, APPEND, LIST, MOVE }
