package dev.aura.plugins.prompts.store;

import dev.aura.core.store.Store;
import dev.aura.core.store.sync.Ids;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.RunStatus;
import dev.aura.plugins.prompts.history.RunStore;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.history.StoredRun;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link RunStore} in the plugin's local tables ({@code prompt_run}, {@code prompt_run_cell}). A run and all its
 * cells are written in one transaction with batched inserts; the history reads summaries only, never cells.
 */
public final class JdbiRunStore implements RunStore {
    private final Store store;
    private final Clock clock;
    private volatile boolean migrated;

    public JdbiRunStore(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Jdbi jdbi() {
        if (!migrated) {
            store.migrate(PromptsSchema.MIGRATIONS);
            migrated = true;
        }
        return store.jdbi();
    }

    @Override
    public RunSummary save(String cardId, int cardVersion, List<String> models, int concurrency, Instant startedAt,
            RunStatus status, SuiteResult.Stats stats, List<RunCell> cells) {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stats, "stats");
        UUID id = Ids.newId();
        Instant started = startedAt.truncatedTo(ChronoUnit.MICROS);
        List<String> modelList = models == null ? List.of() : List.copyOf(models);
        List<RunCell> cellList = cells == null ? List.of() : cells;
        jdbi().useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO prompt_run (id, card_id, card_version, started_at, saved_at, duration_ms,
                                models, concurrency, status, successes, failures, errors, cancelled, prompt_tokens,
                                completion_tokens, total_tokens, cell_count)
                            VALUES (:id, :card, :version, :started, :saved, :duration, :models, :concurrency, :status,
                                :successes, :failures, :errors, :cancelled, :promptTokens, :completionTokens,
                                :totalTokens, :cells)""")
                    .bind("id", id).bind("card", cardId).bind("version", cardVersion)
                    .bind("started", CardRows.at(started)).bind("saved", CardRows.at(clock.instant()))
                    .bind("duration", stats.durationMs())
                    .bind("models", JsonTrees.write(JsonTrees.strings(modelList)))
                    .bind("concurrency", concurrency).bind("status", status.name())
                    .bind("successes", stats.successes()).bind("failures", stats.failures())
                    .bind("errors", stats.errors()).bind("cancelled", stats.cancelled())
                    .bind("promptTokens", stats.promptTokens()).bind("completionTokens", stats.completionTokens())
                    .bind("totalTokens", stats.totalTokens()).bind("cells", cellList.size())
                    .execute();
            RunRows.insertCells(h, id, cellList);
        });
        return new RunSummary(id.toString(), cardId, cardVersion, started, stats.durationMs(), modelList,
                concurrency, status, stats);
    }

    @Override
    public List<RunSummary> history(String cardId, int limit) {
        if (cardId == null || limit <= 0) {
            return List.of();
        }
        return jdbi().withHandle(h -> h.createQuery("SELECT " + RunRows.SUMMARY_COLUMNS + " FROM prompt_run "
                        + "WHERE card_id = :card ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("card", cardId).bind("limit", limit)
                .map((rs, ctx) -> RunRows.summary(rs)).list());
    }

    @Override
    public Optional<StoredRun> load(String runId) {
        Optional<UUID> id = StoredIds.parse(runId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return jdbi().inTransaction(h -> summary(h, id.get()).map(summary ->
                new StoredRun(summary, RunRows.cells(h, id.get(), cellCount(h, id.get())))));
    }

    @Override
    public Optional<RunSummary> previous(String runId) {
        Optional<UUID> id = StoredIds.parse(runId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return jdbi().withHandle(h -> summary(h, id.get()).flatMap(run -> h.createQuery(
                        "SELECT " + RunRows.SUMMARY_COLUMNS + " FROM prompt_run WHERE card_id = :card "
                                + "AND (started_at < :started OR (started_at = :started AND id < :id)) "
                                + "ORDER BY started_at DESC, id DESC LIMIT 1")
                .bind("card", run.cardId()).bind("started", CardRows.at(run.startedAt())).bind("id", id.get())
                .map((rs, ctx) -> RunRows.summary(rs)).findOne()));
    }

    private static Optional<RunSummary> summary(Handle h, UUID id) {
        return h.createQuery("SELECT " + RunRows.SUMMARY_COLUMNS + " FROM prompt_run WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> RunRows.summary(rs)).findOne();
    }

    private static int cellCount(Handle h, UUID id) {
        return h.createQuery("SELECT cell_count FROM prompt_run WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one();
    }
}
