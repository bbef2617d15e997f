package dev.aura.plugins.prompts.history;

import dev.aura.core.tasks.JobContext;
import dev.aura.plugins.prompts.cards.CardConfigs;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.RunListener;
import dev.aura.plugins.prompts.run.RunOptions;
import dev.aura.plugins.prompts.run.SuiteResult;
import dev.aura.plugins.prompts.run.SuiteRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a card version (every variant x the chosen models x every test) and stores the run, cancelled or not, so the
 * history holds every run a user started.
 */
public final class CardRunner {
    private final SuiteRunner suites;
    private final RunStore runs;
    private final Clock clock;

    public CardRunner(SuiteRunner suites, RunStore runs, Clock clock) {
        this.suites = Objects.requireNonNull(suites, "suites");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param models the Ollama models to run on; empty means the card's own models
     * @throws IllegalArgumentException when there is nothing to run, with what to add
     */
    public StoredRun run(CardVersion version, List<String> models, int concurrency, JobContext job,
            RunListener listener) {
        CardContent content = version.content();
        List<String> chosen = models == null || models.isEmpty() ? content.models() : List.copyOf(models);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("The card has no model to run on. Pick a model in the run dialog or "
                    + "set the card's default model.");
        }
        if (content.tests().isEmpty()) {
            throw new IllegalArgumentException("The card has no test cases yet. Add a test on the Tests tab, then run "
                    + "it again.");
        }
        Instant startedAt = clock.instant();
        SuiteResult result = suites.run(CardConfigs.toConfig(content, chosen),
                new RunOptions(concurrency, List.of(), content.title(), content.systemPrompt()), job, listener);
        RunStatus status = job.isCancelled() ? RunStatus.CANCELLED : RunStatus.COMPLETED;
        List<RunCell> cells = new ArrayList<>(result.cells().size());
        for (CellResult cell : result.cells()) {
            cells.add(new RunCell(testName(content, cell.testIndex()),
                    content.variants().get(cell.promptIndex()).label(), cell));
        }
        RunSummary summary = runs.save(version.cardId(), version.number(), chosen, concurrency, startedAt, status,
                result.stats(), cells);
        return new StoredRun(summary, cells);
    }

    /** A test's description, else "test N" (1-based), as the matrix rows show it. */
    public static String testName(CardContent content, int testIndex) {
        TestDef test = content.tests().get(testIndex);
        return test.description() == null || test.description().isBlank()
                ? "test " + (testIndex + 1) : test.description();
    }
}
