package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.history.CardRunner;
import dev.aura.plugins.prompts.run.SuiteRunner;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine for one {@code aura cards test}, built once and shared by every config and card it runs (templates and
 * graders are reused). {@code --grader} and {@code --embedding-model} stand in for the plugin settings for this run
 * only: the services are rebuilt over settings that answer those two keys differently, so runs are graded exactly as
 * the window grades them with those settings.
 */
final class SuiteRunners {
    private final SuiteRunner suites;
    private final CardRunner cards;

    SuiteRunners(PromptsServices services, String grader, String embeddingModel, Clock clock) {
        Map<String, String> overrides = new HashMap<>();
        if (grader != null && !grader.isBlank()) {
            overrides.put(PromptsServices.GRADER_MODEL, grader.strip());
        }
        if (embeddingModel != null && !embeddingModel.isBlank()) {
            overrides.put(PromptsServices.EMBEDDING_MODEL, embeddingModel.strip());
        }
        PromptsServices effective = overrides.isEmpty() ? services
                : new PromptsServices(new OverlayContext(services.context(), overrides), services.cards(),
                        services.runs(), clock);
        this.suites = effective.suiteRunner();
        this.cards = new CardRunner(suites, services.runs(), clock);
    }

    SuiteRunner suites() {
        return suites;
    }

    /** Runs stored cards and saves each run in the card's history. */
    CardRunner cards() {
        return cards;
    }
}
