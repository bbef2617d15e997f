package dev.aura.core.llm;

import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.usage.UsageLog;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/** What every call of the gateway shares. */
record CallEnvironment(
        OllamaConnection connection,
        GatewayOptions options,
        UsageLog usageLog,
        ScheduledExecutorService scheduler,
        dev.aura.core.ollama.LazyHttpClient jdk,
        Semaphore permits) {}
