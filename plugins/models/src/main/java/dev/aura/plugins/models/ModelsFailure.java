package dev.aura.plugins.models;

/** A failure explained for the user: what happened and what to do next. */
public record ModelsFailure(Kind kind, String message) {
    public enum Kind { UNREACHABLE, NOT_FOUND, DISK_FULL, CANCELLED, OTHER }
}
