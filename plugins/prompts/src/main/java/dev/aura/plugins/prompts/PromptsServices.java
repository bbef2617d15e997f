package dev.aura.plugins.prompts;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.checks.PromptChecker;
import dev.aura.plugins.prompts.eval.Graders;
import dev.aura.plugins.prompts.eval.JinjavaPromptTemplates;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.history.CardRunner;
import dev.aura.plugins.prompts.history.RunStore;
import dev.aura.plugins.prompts.run.SuiteRunner;
import dev.aura.plugins.prompts.store.JdbiCardStore;
import dev.aura.plugins.prompts.store.JdbiRunStore;
import dev.aura.plugins.prompts.transfer.CardExporter;
import dev.aura.plugins.prompts.transfer.CardImporter;
import java.time.Clock;
import java.util.Objects;

/**
 * What the window and the CLI share: the stores, the importer and exporter, the prompt checker, and runners built
 * with the grading models the user picked. FX-free.
 */
public final class PromptsServices {
    /** Settings (plugin scope) naming the model that grades llm-rubric and the embedding model for similar. */
    public static final String GRADER_MODEL = "grader.model";
    public static final String EMBEDDING_MODEL = "embedding.model";

    private final PluginContext context;
    private final CardStore cards;
    private final RunStore runs;
    /** Built on first use: Jinjava costs start-up time that other plugins' CLI commands never need. */
    private PromptTemplates templates;
    private final CardImporter importer;
    private final CardExporter exporter;
    private final PromptChecker checker;
    private final Clock clock;

    public PromptsServices(PluginContext context, CardStore cards, RunStore runs, Clock clock) {
        this.context = Objects.requireNonNull(context, "context");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.importer = new CardImporter(cards,
                () -> context.models().list().stream().map(InstalledModel::name).toList(), context.audit());
        this.exporter = new CardExporter();
        this.checker = new PromptChecker();
    }

    /** The real stores over the profile's database. */
    public static PromptsServices create(PluginContext context) {
        Clock clock = Clock.systemUTC();
        return new PromptsServices(context, new JdbiCardStore(context.store(), context.audit(), clock),
                new JdbiRunStore(context.store(), clock), clock);
    }

    public PluginContext context() {
        return context;
    }

    public CardStore cards() {
        return cards;
    }

    public RunStore runs() {
        return runs;
    }

    public synchronized PromptTemplates templates() {
        if (templates == null) {
            templates = new JinjavaPromptTemplates();
        }
        return templates;
    }

    public CardImporter importer() {
        return importer;
    }

    public CardExporter exporter() {
        return exporter;
    }

    public PromptChecker checker() {
        return checker;
    }

    /** A runner grading with the models chosen now in settings (they may change between runs). */
    public CardRunner runner() {
        return new CardRunner(suiteRunner(), runs, clock);
    }

    /** The engine alone, for configs that are not stored cards ({@code aura cards test promptfooconfig.yaml}). */
    public SuiteRunner suiteRunner() {
        String grader = context.settings().get(GRADER_MODEL).orElse(null);
        String embedding = context.settings().get(EMBEDDING_MODEL).orElse(null);
        return new SuiteRunner(context.llm(), templates(),
                Graders.forRuns(context.llm(), context.embeddings(), grader, embedding),
                context.prices().pricing(), context.evals());
    }
}
