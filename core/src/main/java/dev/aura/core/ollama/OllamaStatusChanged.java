package dev.aura.core.ollama;

/** Event: Ollama became reachable or unreachable, or its model count changed. */
public record OllamaStatusChanged(OllamaStatus status) {}
