package dev.aura.core.llm;

public enum Role { SYSTEM, USER, ASSISTANT }
