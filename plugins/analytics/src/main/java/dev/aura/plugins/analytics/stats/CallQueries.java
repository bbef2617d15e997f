package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.JdbiUsageLog;
import dev.aura.core.usage.Outcome;
import dev.aura.core.usage.Pricing;
import dev.aura.core.usage.UsageRecord;
import dev.aura.plugins.analytics.model.CallCursor;
import dev.aura.plugins.analytics.model.CallPage;
import dev.aura.plugins.analytics.model.CallRow;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Individual calls from usage_log, newest first, by keyset pages on (started_at, id) with the filter in SQL. */
final class CallQueries {
    static final int MAX_PAGE = 10_000;

    private CallQueries() {}

    static CallPage page(Handle h, TimeRange range, UsageFilter filter, CallCursor after, int limit, Pricing pricing) {
        int size = Math.clamp(limit, 1, MAX_PAGE);
        StringBuilder sql = new StringBuilder("SELECT * FROM usage_log WHERE started_at >= :from AND started_at < :to");
        if (!filter.models().isEmpty()) {
            sql.append(" AND model IN (<models>)");
        }
        if (!filter.sources().isEmpty()) {
            sql.append(" AND source IN (<sources>)");
        }
        if (!filter.providers().isEmpty()) {
            sql.append(" AND provider IN (<providers>)");
        }
        if (!filter.outcomes().isEmpty()) {
            sql.append(" AND outcome IN (<outcomes>)");
        }
        if (after != null) {
            // The first condition bounds the index range; the second alone would make H2 scan from the top.
            sql.append(" AND started_at <= :afterAt AND (started_at < :afterAt OR id < :afterId)");
        }
        sql.append(" ORDER BY started_at DESC, id DESC LIMIT :limit");
        Query query = h.createQuery(sql.toString())
                .bind("from", OffsetDateTime.ofInstant(range.from(), ZoneOffset.UTC))
                .bind("to", OffsetDateTime.ofInstant(range.to(), ZoneOffset.UTC))
                .bind("limit", size + 1);
        if (!filter.models().isEmpty()) {
            query.bindList("models", List.copyOf(filter.models()));
        }
        if (!filter.sources().isEmpty()) {
            query.bindList("sources", List.copyOf(filter.sources()));
        }
        if (!filter.providers().isEmpty()) {
            query.bindList("providers", List.copyOf(filter.providers()));
        }
        if (!filter.outcomes().isEmpty()) {
            query.bindList("outcomes", filter.outcomes().stream().map(Outcome::name).toList());
        }
        if (after != null) {
            query.bind("afterAt", OffsetDateTime.ofInstant(after.startedAt(), ZoneOffset.UTC))
                    .bind("afterId", after.id());
        }
        List<UsageRecord> records = query.map(JdbiUsageLog::map).list();
        boolean more = records.size() > size;
        List<UsageRecord> page = more ? records.subList(0, size) : records;
        List<CallRow> rows = page.stream().map(r -> priced(r, pricing)).toList();
        UsageRecord last = page.isEmpty() ? null : page.getLast();
        return new CallPage(rows, more ? new CallCursor(last.startedAt(), last.id()) : null);
    }

    static Optional<CallRow> byId(Handle h, String id, Pricing pricing) {
        return h.createQuery("SELECT * FROM usage_log WHERE id = :id").bind("id", id)
                .map(JdbiUsageLog::map).findOne().map(r -> priced(r, pricing));
    }

    static CallRow priced(UsageRecord r, Pricing pricing) {
        return new CallRow(r, pricing.cost(r.model(), r.promptTokens(), r.outputTokens(), r.latencyMs()));
    }
}
