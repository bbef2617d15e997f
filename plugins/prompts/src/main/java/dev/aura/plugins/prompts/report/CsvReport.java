package dev.aura.plugins.prompts.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.plugins.prompts.run.CellResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * One row per cell, RFC 4180: comma separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled. Vars are one JSON object so any value survives.
 */
public final class CsvReport implements ReportWriter {
    static final List<String> HEADER = List.of("suite", "test", "vars", "prompt", "provider", "status", "score",
            "latency_ms", "prompt_tokens", "completion_tokens", "cost", "output", "reason");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void write(RunReport report, Writer out) throws IOException {
        row(out, HEADER);
        for (SuiteRun suite : report.suites()) {
            List<CellResult> cells = suite.result().cells();
            for (int i = 0; i < cells.size(); i++) {
                CellResult cell = cells.get(i);
                row(out, List.of(suite.name(), suite.testName(cell.testIndex()),
                        JSON.writeValueAsString(suite.vars(cell.testIndex())),
                        suite.config().prompts().get(cell.promptIndex()).label(),
                        suite.providerLabel(suite.providerIndex(i)), CellOutcome.status(cell),
                        String.format(Locale.ROOT, "%.4f", CellOutcome.score(cell)), Long.toString(cell.latencyMs()),
                        Integer.toString(cell.promptTokens()), Integer.toString(cell.outputTokens()),
                        cell.cost() == null ? "" : String.format(Locale.ROOT, "%.6f", cell.cost()),
                        cell.output() == null ? "" : cell.output(), CellOutcome.reason(cell)));
            }
        }
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            field(out, fields.get(i));
        }
        out.write("\r\n");
    }

    static void field(Writer out, String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
