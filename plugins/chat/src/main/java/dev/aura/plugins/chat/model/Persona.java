package dev.aura.plugins.chat.model;

import java.util.UUID;

/** A saved preset chosen when starting a conversation. {@code id} is null until saved. */
public record Persona(UUID id, String name, String systemPrompt, String model, ChatParameters parameters) {
    public Persona {
        parameters = parameters == null ? ChatParameters.DEFAULTS : parameters;
    }
}
