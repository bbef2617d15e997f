package dev.aura.plugins.automation.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.core.store.Store;
import dev.aura.core.store.sync.Ids;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RunHistory} in the plugin's local run tables. Each call is its own small transaction, so a crash keeps every
 * step that finished. A step's output over {@link StepJson#LIMIT} characters is cut in the row and written whole as
 * JSON to {@code outputsDir/<runId>/<index>-<stepId>.json}; inputs over the limit are cut without a file.
 */
public final class JdbiRunHistory implements RunHistory {
    static final String INTERRUPTED = "Aura closed while this run was going. Retry it from the failed step, or run it "
            + "again.";
    static final String NOT_SAVED_KEY = "fullOutputNotSaved";

    private static final Logger LOG = LoggerFactory.getLogger(JdbiRunHistory.class);

    private final Store store;
    private final Path outputsDir;
    private volatile boolean migrated;

    public JdbiRunHistory(Store store, Path outputsDir) {
        this.store = Objects.requireNonNull(store, "store");
        this.outputsDir = Objects.requireNonNull(outputsDir, "outputsDir");
    }

    private Jdbi jdbi() {
        if (!migrated) {
            store.migrate(AutomationSchema.MIGRATIONS);
            migrated = true;
        }
        return store.jdbi();
    }

    @Override
    public String begin(String flowId, int version, String workflow, String trigger, Map<String, String> variables,
            Instant started, String retryOf) {
        UUID id = Ids.newId();
        String vars = StepJson.write(StepJson.tree(variables == null ? Map.of() : new LinkedHashMap<>(variables)));
        jdbi().useHandle(h -> h.createUpdate("INSERT INTO automation_run (id, flow_id, workflow, flow_version, "
                        + "trigger_text, status, started_at, step_count, retry_of, variables) VALUES (:id, :flow, "
                        + ":workflow, :version, :trigger, :status, :started, 0, :retryOf, :variables)")
                .bind("id", id).bind("flow", StoredValues.flowKey(flowId))
                .bind("workflow", workflow == null ? "" : workflow).bind("version", version)
                .bind("trigger", trigger == null ? "" : trigger).bind("status", RunStatus.RUNNING.name())
                .bind("started", StoredValues.at(millis(started))).bind("retryOf", retryOf)
                .bind("variables", vars).execute());
        return id.toString();
    }

    @Override
    public void step(String runId, int index, StepRecord step) {
        UUID id = runIdOf(runId);
        String stepId = step.stepId() == null ? "" : step.stepId();
        JsonNode inputs = StepJson.tree(step.inputs());
        String inputsJson = StepJson.write(inputs);
        if (inputsJson.length() > StepJson.LIMIT) {
            inputsJson = StepJson.write(StepJson.cut(inputs));
        }
        JsonNode output = StepJson.tree(step.output());
        String outputJson = StepJson.write(output);
        Path file = null;
        if (outputJson.length() > StepJson.LIMIT) {
            ObjectNode cut = StepJson.cut(output);
            file = outputsDir.resolve(id.toString()).resolve(index + "-" + fileSafe(stepId) + ".json");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, outputJson, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not save the whole output of step {} of run {} to {}", stepId, runId, file, e);
                cut.put(NOT_SAVED_KEY, "The whole output (" + outputJson.length() + " characters) could not be "
                        + "saved to " + file + " (" + e + "); only this cut version is kept. Free disk space or "
                        + "check that folder, then run the workflow again to keep the whole output.");
                file = null;
            }
            outputJson = StepJson.write(cut);
        }
        String fullOutput = file == null ? null : file.toString();
        String inputsRow = inputsJson;
        String outputRow = outputJson;
        jdbi().useTransaction(h -> {
            // a step written again (the same index) replaces its row; only a new one adds to the run's step count
            boolean exists = h.createQuery("SELECT COUNT(*) FROM automation_run_step WHERE run_id = :run "
                    + "AND step_index = :index").bind("run", id).bind("index", index).mapTo(Integer.class).one() > 0;
            h.createUpdate("MERGE INTO automation_run_step (run_id, step_index, step_id, inputs, output, duration_ms, "
                            + "attempts, error, full_output) KEY (run_id, step_index) VALUES (:run, :index, :step, "
                            + ":inputs, :output, :duration, :attempts, :error, :file)")
                    .bind("run", id).bind("index", index).bind("step", stepId).bind("inputs", inputsRow)
                    .bind("output", outputRow)
                    .bind("duration", step.duration() == null ? 0 : step.duration().toMillis())
                    .bind("attempts", step.attempts()).bind("error", capped(step.error())).bind("file", fullOutput)
                    .execute();
            if (!exists) {
                h.createUpdate("UPDATE automation_run SET step_count = step_count + 1 WHERE id = :run")
                        .bind("run", id).execute();
            }
        });
    }

    @Override
    public void finish(String runId, RunStatus status, Instant finished, String error) {
        UUID id = runIdOf(runId);
        jdbi().useHandle(h -> h.createUpdate("UPDATE automation_run SET status = :status, finished_at = :finished, "
                        + "error = :error WHERE id = :id")
                .bind("status", status.name()).bind("finished", StoredValues.at(millis(finished)))
                .bind("error", capped(error)).bind("id", id).execute());
    }

    @Override
    public List<RunSummary> page(RunFilter filter, int offset, int limit) {
        RunRows.Where where = RunRows.Where.of(filter == null ? RunFilter.ALL : filter);
        return jdbi().withHandle(h -> where.bind(h.createQuery("SELECT " + RunRows.SUMMARY_COLUMNS
                        + " FROM automation_run" + where.sql() + where.orderBy() + " LIMIT "
                        + Math.max(0, limit) + " OFFSET " + Math.max(0, offset)))
                .map((rs, ctx) -> RunRows.summary(rs)).list());
    }

    @Override
    public int count(RunFilter filter) {
        RunRows.Where where = RunRows.Where.of(filter == null ? RunFilter.ALL : filter);
        return jdbi().withHandle(h -> where.bind(h.createQuery("SELECT COUNT(*) FROM automation_run" + where.sql()))
                .mapTo(Integer.class).one());
    }

    @Override
    public Optional<StoredRun> load(String runId) {
        Optional<UUID> id = StoredValues.uuid(runId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return jdbi().inTransaction(h -> h.createQuery("SELECT " + RunRows.SUMMARY_COLUMNS + ", variables "
                        + "FROM automation_run WHERE id = :id")
                .bind("id", id.get())
                .map((rs, ctx) -> Map.entry(RunRows.summary(rs), rs.getString("variables"))).findOne()
                .map(row -> new StoredRun(row.getKey(), variables(row.getValue()), RunRows.steps(h, id.get()))));
    }

    @Override
    public Optional<Instant> lastStart(String flowId, String trigger) {
        return jdbi().withHandle(h -> h.createQuery("SELECT started_at FROM automation_run WHERE flow_id = :flow "
                        + "AND trigger_text IN (:trigger, :missed) ORDER BY started_at DESC LIMIT 1")
                .bind("flow", StoredValues.flowKey(flowId)).bind("trigger", trigger)
                .bind("missed", trigger + " (missed)")
                .map((rs, ctx) -> StoredValues.instant(rs, "started_at")).findOne());
    }

    @Override
    public int closeInterrupted(Instant now) {
        return jdbi().withHandle(h -> h.createUpdate("UPDATE automation_run SET status = :failed, finished_at = :now, "
                        + "error = :error WHERE status = :running AND started_at < :now")
                .bind("failed", RunStatus.FAILED.name()).bind("now", StoredValues.at(millis(now)))
                .bind("error", INTERRUPTED).bind("running", RunStatus.RUNNING.name()).execute());
    }

    private static Map<String, String> variables(String json) {
        Map<String, String> variables = new LinkedHashMap<>();
        StepJson.read(json, "variables of a run").forEach((k, v) -> variables.put(k, v == null ? null : v.toString()));
        return variables;
    }

    private static String capped(String text) {
        if (text == null || text.length() <= StepJson.LIMIT) {
            return text;
        }
        return text.substring(0, StepJson.LIMIT) + StepJson.note(text.length(), "characters");
    }

    /** The step id as part of a file name: anything but letters, digits, dot, dash and underscore becomes '_'. */
    private static String fileSafe(String stepId) {
        String safe = stepId.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 100 ? safe.substring(0, 100) : safe;
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static UUID runIdOf(String runId) {
        return StoredValues.uuid(runId).orElseThrow(() -> new IllegalArgumentException("There is no run with id '"
                + runId + "'. Open the run from the history list again."));
    }
}
