package dev.aura.plugins.analytics.stats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.model.BreakdownRow;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.Totals;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * A dashboard's totals and breakdowns as a file. CSV: one table whose first column names the section ("totals",
 * "model", "plugin", "provider"); JSON: an object with range, filter, currency, totals and the breakdowns.
 */
final class AggregateExport {
    private static final JsonFactory JSON = new JsonFactory();

    private AggregateExport() {}

    static void write(Dashboard d, Path file, ExportFormat format) throws IOException {
        AtomicExport.write(file, out -> {
            if (format == ExportFormat.JSON) {
                json(d, out);
            } else {
                csv(d, out);
            }
            return null;
        });
    }

    private static void csv(Dashboard d, OutputStream stream) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        Csv csv = new Csv(writer);
        csv.row("section", "key", "calls", "errors", "cancelled", "prompt_tokens", "output_tokens", "cost",
                "currency", "median_ttft_ms", "p95_latency_ms", "avg_tokens_per_second", "from", "to");
        String from = d.range().from().toString();
        String to = d.range().to().toString();
        csvRow(csv, "totals", "current", d.current(), d.currency(), from, to);
        csvRow(csv, "totals", "previous", d.previous(), d.currency(), d.range().previous().from().toString(), from);
        for (BreakdownRow r : d.byModel()) {
            csvRow(csv, "model", r.key(), r.totals(), d.currency(), from, to);
        }
        for (BreakdownRow r : d.byPlugin()) {
            csvRow(csv, "plugin", r.key(), r.totals(), d.currency(), from, to);
        }
        for (BreakdownRow r : d.byProvider()) {
            csvRow(csv, "provider", r.key(), r.totals(), d.currency(), from, to);
        }
        writer.flush();
    }

    private static void csvRow(Csv csv, String section, String key, Totals t, String currency, String from, String to)
            throws IOException {
        csv.row(section, key, t.calls(), t.errors(), t.cancelled(), t.promptTokens(), t.outputTokens(), t.cost(),
                currency, t.medianTtftMs(), t.p95LatencyMs(), t.avgTokensPerSecond(), from, to);
    }

    private static void json(Dashboard d, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("range");
            g.writeStringField("from", d.range().from().toString());
            g.writeStringField("to", d.range().to().toString());
            g.writeStringField("zone", d.range().zone().getId());
            g.writeEndObject();
            filter(g, d.filter());
            g.writeStringField("currency", d.currency());
            g.writeObjectFieldStart("totals");
            g.writeFieldName("current");
            totals(g, null, d.current());
            g.writeFieldName("previous");
            totals(g, null, d.previous());
            g.writeEndObject();
            breakdown(g, "byModel", d.byModel());
            breakdown(g, "byPlugin", d.byPlugin());
            breakdown(g, "byProvider", d.byProvider());
            g.writeEndObject();
        }
    }

    private static void filter(JsonGenerator g, UsageFilter f) throws IOException {
        g.writeObjectFieldStart("filter");
        strings(g, "models", f.models());
        strings(g, "sources", f.sources());
        strings(g, "providers", f.providers());
        strings(g, "outcomes", f.outcomes().stream().map(Outcome::name).toList());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values.stream().sorted().toList()) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void breakdown(JsonGenerator g, String name, List<BreakdownRow> rows) throws IOException {
        g.writeArrayFieldStart(name);
        for (BreakdownRow r : rows) {
            totals(g, r.key(), r.totals());
        }
        g.writeEndArray();
    }

    private static void totals(JsonGenerator g, String key, Totals t) throws IOException {
        g.writeStartObject();
        if (key != null) {
            g.writeStringField("key", key);
        }
        g.writeNumberField("calls", t.calls());
        g.writeNumberField("errors", t.errors());
        g.writeNumberField("cancelled", t.cancelled());
        g.writeNumberField("promptTokens", t.promptTokens());
        g.writeNumberField("outputTokens", t.outputTokens());
        g.writeNumberField("cost", t.cost());
        CallExport.number(g, "medianTtftMs", t.medianTtftMs());
        CallExport.number(g, "p95LatencyMs", t.p95LatencyMs());
        CallExport.number(g, "avgTokensPerSecond", t.avgTokensPerSecond());
        g.writeEndObject();
    }
}
