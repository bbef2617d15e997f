package dev.aura.plugins.prompts.store;

import dev.aura.core.store.H2Store;
import dev.aura.core.testing.InMemoryAuditLog;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.TestGrade;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.RunStatus;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real H2 store in a folder with core's and this plugin's migrations, and the real card and run stores on it, for
 * every test of the plugin that needs stored cards or runs (the UI and CLI tests too). Open it in a {@code @TempDir}
 * and close it at the end:
 *
 * <pre>
 * try (PromptsStoreFixture db = PromptsStoreFixture.open(dir)) {
 *     CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
 *     db.saveRun(v1.cardId(), 1, List.of(PromptsStoreFixture.cell("refund", "A", "llama3.2", PASSED)));
 * }
 * </pre>
 */
public final class PromptsStoreFixture implements AutoCloseable {
    /** The model {@link #sampleCard()} runs on. */
    public static final String SAMPLE_MODEL = "llama3.2";

    private final Path dir;
    private final Clock clock;
    private final H2Store store;
    private final InMemoryAuditLog audit;
    private final JdbiCardStore cards;
    private final JdbiRunStore runs;

    private PromptsStoreFixture(Path dir, Clock clock, InMemoryAuditLog audit) {
        this.dir = dir;
        this.clock = clock;
        this.audit = audit;
        this.store = H2Store.open(dir.resolve("aura"));
        store.migrate(PromptsSchema.MIGRATIONS);
        this.cards = new JdbiCardStore(store, audit, clock);
        this.runs = new JdbiRunStore(store, clock);
    }

    /** Opens (or creates) the database in {@code dir}, with the system clock. */
    public static PromptsStoreFixture open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    public static PromptsStoreFixture open(Path dir, Clock clock) {
        return new PromptsStoreFixture(dir, clock, new InMemoryAuditLog());
    }

    /** Closes this store and opens the same database again, keeping the audit log: what a restart does. */
    public PromptsStoreFixture reopen() {
        close();
        return new PromptsStoreFixture(dir, clock, audit);
    }

    public H2Store store() {
        return store;
    }

    public JdbiCardStore cards() {
        return cards;
    }

    public JdbiRunStore runs() {
        return runs;
    }

    public InMemoryAuditLog audit() {
        return audit;
    }

    public Clock clock() {
        return clock;
    }

    /** Stores a completed run of {@code cells} with totals counted from them, started now, on the cells' models. */
    public RunSummary saveRun(String cardId, int cardVersion, List<RunCell> cells) {
        List<String> models = cells.stream().map(c -> c.result().model()).distinct().toList();
        return runs.save(cardId, cardVersion, models, 2, clock.instant(), RunStatus.COMPLETED, statsOf(cells),
                cells);
    }

    /** The totals a run of {@code cells} reports (duration 0). */
    public static SuiteResult.Stats statsOf(List<RunCell> cells) {
        int[] counts = new int[CellResult.Status.values().length];
        long prompt = 0;
        long output = 0;
        for (RunCell cell : cells) {
            counts[cell.result().status().ordinal()]++;
            prompt += cell.result().promptTokens();
            output += cell.result().outputTokens();
        }
        return new SuiteResult.Stats(counts[CellResult.Status.PASSED.ordinal()],
                counts[CellResult.Status.FAILED.ordinal()], counts[CellResult.Status.ERROR.ordinal()],
                counts[CellResult.Status.CANCELLED.ordinal()], prompt, output, prompt + output, 0);
    }

    /**
     * A cell of test {@code testName} with variant {@code variantLabel} on {@code model} that ended in
     * {@code status}: graded by one {@code icontains} assertion when passed or failed, with an error when it errored,
     * cancelled when cancelled. Indexes are 0; tokens 12 + 34; latency 250 ms; cost 0.0001 when a call was made.
     */
    public static RunCell cell(String testName, String variantLabel, String model, CellResult.Status status) {
        AssertionSpec spec = AssertionSpec.of("icontains", "refund");
        TestGrade grade = switch (status) {
            case PASSED -> new TestGrade(true, 1, "All assertions passed",
                    List.of(GradingResult.pass(spec, "Output contains \"refund\"")));
            case FAILED -> new TestGrade(false, 0, "Expected output to contain \"refund\"",
                    List.of(GradingResult.fail(spec, "Expected output to contain \"refund\"")));
            case ERROR, CANCELLED -> null;
        };
        boolean cancelled = status == CellResult.Status.CANCELLED;
        String error = switch (status) {
            case ERROR -> "Model '" + model + "' is not installed. Pull it in Models, then run again.";
            case CANCELLED -> "Cancelled before this cell finished; run the suite again to complete it.";
            default -> null;
        };
        boolean called = status == CellResult.Status.PASSED || status == CellResult.Status.FAILED;
        CellResult result = new CellResult(0, 0, "ollama:chat:" + model, model,
                "Answer the customer's question: " + testName, called ? "You can ask for a refund in Orders." : "",
                grade, error, called ? 250 : 0, called ? 12 : 0, called ? 34 : 0, called ? 0.0001 : null, cancelled);
        return new RunCell(testName, variantLabel, result);
    }

    /**
     * A support-reply card: two variants (A and "concise"), a system prompt, the model {@link #SAMPLE_MODEL} with a
     * temperature, two tests ("refund" and "greeting") with assertions, and a default test with a variable and an
     * assertion every test inherits.
     */
    public static CardContent sampleCard() {
        List<PromptVariant> variants = List.of(
                new PromptVariant("A", "Answer the customer's question politely: {{ question }}"),
                new PromptVariant("concise", "Reply in one sentence to: {{ question }}"));
        List<TestDef> tests = List.of(
                new TestDef("refund", Map.of("question", "How do I get a refund?"),
                        List.of(AssertionSpec.of("icontains", "refund"), AssertionSpec.of("not-contains", "sorry")),
                        null),
                new TestDef("greeting", Map.of("question", "Hello, is anyone there?"),
                        List.of(AssertionSpec.of("icontains-any", List.of("hello", "hi")).withWeight(2),
                                AssertionSpec.of("javascript", "output.length < 400")),
                        0.5));
        TestDef defaults = new TestDef(null, Map.of("company", "Acme"),
                List.of(AssertionSpec.of("not-icontains", "as an ai")), null);
        return new CardContent("Support reply", "Answers a customer's question politely", List.of("support", "email"),
                variants, "You are a helpful support agent for {{ company }}.", List.of(SAMPLE_MODEL),
                Map.of("temperature", 0.2), tests, defaults);
    }

    /** A point in time for runs and clocks in tests: 2026-01-01T00:00:00Z plus {@code minutes}. */
    public static Instant at(int minutes) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minutes);
    }

    @Override
    public void close() {
        store.close();
    }
}
