package dev.aura.plugins.prompts.promptfoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a promptfoo tests CSV as promptfoo's csv.ts does: columns are vars, {@code __expected*} are assertions. */
final class CsvTests {
    record Row(String description, Map<String, Object> vars, List<AssertionSpec> asserts, Double threshold) {}

    private static final List<String> UNSUPPORTED_COLUMNS =
            List.of("__prefix", "__suffix", "__providerOutput", "__metadata", "__config");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private final ImportContext ctx;

    CsvTests(ImportContext ctx) {
        this.ctx = ctx;
    }

    List<Row> read(Path file, String field) {
        String text = ctx.files.readText(file, field);
        List<Row> rows = new ArrayList<>();
        String name = ctx.files.relativize(file).toString().replace('\\', '/');
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            int index = 0;
            while (it.hasNextValue()) {
                rows.add(row(it.nextValue(), name + "[" + index++ + "]"));
            }
        } catch (JsonProcessingException e) {
            throw ConfigFiles.syntaxError(file, e, "invalid CSV");
        } catch (IOException e) {
            throw new PromptfooImportException(file, "cannot read the CSV referenced by " + field + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // MappingIterator wraps parse errors in RuntimeJsonMappingException
            if (e.getCause() instanceof JsonProcessingException cause) {
                throw ConfigFiles.syntaxError(file, cause, "invalid CSV");
            }
            throw e;
        }
        return rows;
    }

    private Row row(Map<String, String> cells, String path) {
        Map<String, Object> vars = new LinkedHashMap<>();
        List<AssertionSpec> asserts = new ArrayList<>();
        String description = null;
        String metric = null;
        Double threshold = null;
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String column = cell.getKey();
            String value = cell.getValue() == null ? "" : cell.getValue();
            if (column.startsWith("__expected")) {
                if (!value.isBlank()) {
                    asserts.add(assertionFromString(value));
                }
            } else if (column.equals("__description")) {
                description = value.isEmpty() ? null : value;
            } else if (column.equals("__metric")) {
                metric = value.isBlank() ? null : value.strip();
            } else if (column.equals("__threshold")) {
                threshold = value.isBlank() ? null : parseThreshold(value, path);
            } else if (UNSUPPORTED_COLUMNS.stream().anyMatch(column::startsWith)) {
                if (!value.isBlank()) {
                    ctx.warn(path + "." + column, "column '" + column + "' is not supported by Aura and was not imported");
                }
            } else {
                vars.put(column, value);
            }
        }
        if (metric != null) {
            String named = metric;
            asserts.replaceAll(a -> new AssertionSpec(a.type(), a.negated(), a.value(), a.threshold(), a.weight(), named));
        }
        return new Row(description, vars, asserts, threshold);
    }

    private Double parseThreshold(String value, String path) {
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ctx.invalid(path + ".__threshold", "expected a number but found '" + value + "'. Write a number such as 0.8.");
        }
    }

    /** promptfoo's {@code assertionFromString}: "icontains:x", "not-regex:y", "similar(0.8):z", "fn:...", "grade:...", or equals. */
    static AssertionSpec assertionFromString(String expected) {
        return CsvAssertions.fromString(expected);
    }
}
