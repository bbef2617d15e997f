package dev.aura.plugins.analytics.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aura.core.audit.AuditEntry;
import dev.aura.core.util.Json;
import dev.aura.plugins.analytics.model.BreakdownRow;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Dimension;
import dev.aura.plugins.analytics.model.Totals;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code --json} shapes: plain maps in a fixed key order, so scripts can rely on them. */
final class CliJson {
    private CliJson() {}

    static String stats(Dashboard d, Dimension by, List<BreakdownRow> rows) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", d.range().from().toString());
        range.put("to", d.range().to().toString());
        range.put("zone", d.range().zone().getId());
        json.put("range", range);
        json.put("filter", filter(d.filter()));
        json.put("by", by.name().toLowerCase(Locale.ROOT));
        json.put("currency", d.currency());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("current", totals(d.current()));
        totals.put("previous", totals(d.previous()));
        json.put("totals", totals);
        json.put("rows", rows.stream().map(row -> {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("key", row.key());
            each.putAll(totals(row.totals()));
            return each;
        }).toList());
        return write(json);
    }

    static String audit(List<AuditEntry> entries) {
        return write(entries.stream().map(e -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("seq", e.seq());
            json.put("at", e.at().toString());
            json.put("actor", e.actor());
            json.put("via", e.via());
            json.put("action", e.action());
            json.put("subject", e.subject());
            json.put("details", details(e.details()));
            json.put("hash", e.hash());
            return json;
        }).toList());
    }

    private static Map<String, Object> filter(UsageFilter f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("models", f.models().stream().sorted().toList());
        json.put("plugins", f.sources().stream().sorted().toList());
        json.put("providers", f.providers().stream().sorted().toList());
        json.put("outcomes", f.outcomes().stream().map(o -> o.name().toLowerCase(Locale.ROOT)).sorted().toList());
        return json;
    }

    private static Map<String, Object> totals(Totals t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("calls", t.calls());
        json.put("errors", t.errors());
        json.put("cancelled", t.cancelled());
        json.put("errorRate", t.errorRate());
        json.put("promptTokens", t.promptTokens());
        json.put("outputTokens", t.outputTokens());
        json.put("cost", t.cost());
        json.put("medianTtftMs", t.medianTtftMs());
        json.put("p95LatencyMs", t.p95LatencyMs());
        json.put("avgTokensPerSecond", t.avgTokensPerSecond());
        return json;
    }

    /** Details are stored as a JSON object; shown as one, or as the raw text should it not parse. */
    private static Object details(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static String write(Object value) {
        try {
            return Json.PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }
}
