package dev.aura.core.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** One request the fake received, for assertions; {@code json} is a MissingNode when the body was empty or not JSON. */
public record ReceivedRequest(String method, String path, String body, JsonNode json) {}
