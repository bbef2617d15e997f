package dev.aura.core.usage;

public enum Outcome { OK, ERROR, CANCELLED }
