package dev.aura.plugins.chat.model;

public enum MessageRole { SYSTEM, USER, ASSISTANT }
