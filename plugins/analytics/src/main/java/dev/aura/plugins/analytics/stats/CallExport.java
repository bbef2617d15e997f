package dev.aura.plugins.analytics.stats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aura.core.usage.UsageRecord;
import dev.aura.plugins.analytics.model.CallCursor;
import dev.aura.plugins.analytics.model.CallPage;
import dev.aura.plugins.analytics.model.CallRow;
import dev.aura.plugins.analytics.model.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/** Streams calls page by page into a CSV or JSON file; times are ISO-8601 UTC. */
final class CallExport {
    static final int PAGE = 1000;
    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] COLUMNS = {"id", "started_at", "provider", "model", "source", "outcome",
        "error_kind", "prompt_tokens", "output_tokens", "time_to_first_token_ms", "latency_ms", "tokens_per_second",
        "cost", "load_ms", "prompt_eval_ms", "eval_ms", "parameters", "error"};

    private CallExport() {}

    /** @param pages the page after a cursor (null for the first) */
    static long write(Path file, ExportFormat format, Function<CallCursor, CallPage> pages) throws IOException {
        return AtomicExport.write(file, out -> format == ExportFormat.JSON ? json(out, pages) : csv(out, pages));
    }

    private static long csv(OutputStream stream, Function<CallCursor, CallPage> pages) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        Csv csv = new Csv(writer);
        csv.row((Object[]) COLUMNS);
        long count = 0;
        CallCursor cursor = null;
        do {
            CallPage page = pages.apply(cursor);
            for (CallRow row : page.rows()) {
                UsageRecord r = row.call();
                csv.row(r.id(), r.startedAt().toString(), r.provider(), r.model(), r.source(), r.outcome().name(),
                        r.errorKind(), r.promptTokens(), r.outputTokens(), r.timeToFirstTokenMs(), r.latencyMs(),
                        r.tokensPerSecond(), row.cost(), r.loadMs(), r.promptEvalMs(), r.evalMs(), r.parameters(),
                        r.error());
                count++;
            }
            cursor = page.next();
        } while (cursor != null);
        writer.flush();
        return count;
    }

    private static long json(OutputStream out, Function<CallCursor, CallPage> pages) throws IOException {
        long count = 0;
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            CallCursor cursor = null;
            do {
                CallPage page = pages.apply(cursor);
                for (CallRow row : page.rows()) {
                    write(g, row);
                    count++;
                }
                cursor = page.next();
            } while (cursor != null);
            g.writeEndArray();
        }
        return count;
    }

    private static void write(JsonGenerator g, CallRow row) throws IOException {
        UsageRecord r = row.call();
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("startedAt", r.startedAt().toString());
        g.writeStringField("provider", r.provider());
        g.writeStringField("model", r.model());
        g.writeStringField("source", r.source());
        g.writeStringField("outcome", r.outcome().name());
        g.writeStringField("errorKind", r.errorKind());
        g.writeNumberField("promptTokens", r.promptTokens());
        g.writeNumberField("outputTokens", r.outputTokens());
        number(g, "timeToFirstTokenMs", r.timeToFirstTokenMs());
        g.writeNumberField("latencyMs", r.latencyMs());
        number(g, "tokensPerSecond", r.tokensPerSecond());
        g.writeNumberField("cost", row.cost());
        number(g, "loadMs", r.loadMs());
        number(g, "promptEvalMs", r.promptEvalMs());
        number(g, "evalMs", r.evalMs());
        // Parameters are a JSON object already; kept as a string so a malformed one cannot break the file.
        g.writeStringField("parameters", r.parameters());
        g.writeStringField("error", r.error());
        g.writeEndObject();
    }

    static void number(JsonGenerator g, String name, Number value) throws IOException {
        g.writeFieldName(name);
        switch (value) {
            case null -> g.writeNull();
            case Double d when d.isNaN() || d.isInfinite() -> g.writeNull();
            case Double d -> g.writeNumber(d);
            default -> g.writeNumber(value.longValue());
        }
    }
}
