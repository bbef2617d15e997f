package dev.aura.plugins.prompts.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV report: RFC 4180 quoting read back by a CSV parser, one row per cell. */
class CsvReportTest {
    private static String write() throws Exception {
        StringWriter out = new StringWriter();
        new CsvReport().write(ReportSamples.report(), out);
        return out.toString();
    }

    private static List<List<String>> parse(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void oneRowPerCellAfterTheHeader() throws Exception {
        List<List<String>> rows = parse(write());

        assertThat(rows).hasSize(9);
        assertThat(rows.getFirst()).containsExactlyElementsOf(CsvReport.HEADER);
        assertThat(rows.get(1)).containsExactly("greetings.yaml", "greets", "{\"lang\":\"en\",\"name\":\"Ann\"}",
                "short", "Llama", "pass",
                "1.0000", "250", "10", "4", "0.001000", "Hello, \"friend\"\nHow are you?", "All assertions passed");
        assertThat(rows.get(8).get(5)).isEqualTo("error");
        assertThat(rows.get(8).get(12)).contains("ollama pull qwen3");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndEndsLinesWithCrlf() throws Exception {
        String csv = write();

        assertThat(csv).startsWith("suite,test,vars,prompt,provider,status,score,latency_ms,prompt_tokens,"
                + "completion_tokens,cost,output,reason\r\n");
        assertThat(csv).contains(",\"Hello, \"\"friend\"\"\nHow are you?\",");
        assertThat(csv).contains(",\"Tell {{ name }} hello, politely.\",");
        assertThat(parse(csv).get(5).get(2)).isEqualTo("{\"lang\":\"en\",\"name\":\"Bo, \\\"the\\\" great\"}");
    }
}
