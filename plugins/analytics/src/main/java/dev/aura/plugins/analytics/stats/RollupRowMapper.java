package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps usage_rollup rows (columns in the order {@link RollupTables#rows} selects them). One instance per query: it
 * shares the repeated provider, model and source strings, so a cached range holds each name once.
 */
final class RollupRowMapper implements RowMapper<RollupRow> {
    private final Map<String, String> names = new HashMap<>();

    @Override
    public RollupRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        String kind = rs.getString(6);
        return new RollupRow(rs.getLong(1), shared(rs.getString(2)), shared(rs.getString(3)), shared(rs.getString(4)),
                Outcome.valueOf(rs.getString(5)), kind.isEmpty() ? null : shared(kind), rs.getLong(7), rs.getLong(8),
                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getDouble(12), rs.getLong(13), rs.getBytes(14),
                rs.getBytes(15));
    }

    private String shared(String name) {
        String known = names.putIfAbsent(name, name);
        return known == null ? name : known;
    }
}
