package dev.aura.plugins.prompts.run;

import java.util.Map;

/**
 * One planned call: which test, prompt and provider. {@code kind} is "chat" or "completion", or null when the provider
 * is not supported here.
 */
record Cell(int testIndex, int promptIndex, int providerIndex, String providerId, String kind, String model,
        Map<String, Object> providerConfig) {

    boolean supported() {
        return kind != null && providerId.startsWith("ollama");
    }
}
