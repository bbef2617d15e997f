package dev.aura.plugins.prompts.report;

import dev.aura.plugins.prompts.promptfoo.PromptDef;
import dev.aura.plugins.prompts.run.CellResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it (the Ant/Surefire schema): one {@code <testsuite>} per prompt x provider, one
 * {@code <testcase>} per test with {@code <failure>} when an assertion failed, {@code <error>} when the call or the
 * config failed and {@code <skipped>} when the run was cancelled first. Times are in seconds. promptfoo has no JUnit
 * writer of its own, so this follows the schema CI tools (Jenkins, GitLab, GitHub test reporters) accept.
 */
public final class JunitReport implements ReportWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public void write(RunReport report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            Counts total = new Counts();
            for (SuiteRun suite : report.suites()) {
                suite.result().cells().forEach(total::add);
            }
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "aura cards test");
            total.writeAttributes(xml);
            xml.writeAttribute("timestamp", report.timestamp().toString());
            xml.writeCharacters("\n");
            for (SuiteRun suite : report.suites()) {
                for (int p = 0; p < suite.promptCount(); p++) {
                    for (int v = 0; v < suite.providerCount(); v++) {
                        writeSuite(xml, report, suite, p, v);
                    }
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void writeSuite(XMLStreamWriter xml, RunReport report, SuiteRun suite, int prompt, int provider)
            throws XMLStreamException {
        PromptDef promptDef = suite.config().prompts().get(prompt);
        String providerLabel = suite.providerLabel(provider);
        int tests = suite.config().tests().size();
        Counts counts = new Counts();
        for (int t = 0; t < tests; t++) {
            counts.add(suite.cell(t, prompt, provider));
        }
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(suite.name() + " / " + oneLine(promptDef.label()) + " / " + providerLabel));
        counts.writeAttributes(xml);
        xml.writeAttribute("timestamp", report.timestamp().toString());
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "prompt", oneLine(promptDef.label()));
        property(xml, "provider", suite.providers().get(provider).id());
        property(xml, "config", suite.name());
        xml.writeEndElement();
        xml.writeCharacters("\n");
        String className = clean(suite.name() + "." + oneLine(promptDef.label()) + "." + providerLabel);
        for (int t = 0; t < tests; t++) {
            writeCase(xml, suite.testName(t), className, suite.cell(t, prompt, provider));
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeCase(XMLStreamWriter xml, String name, String className, CellResult cell)
            throws XMLStreamException {
        xml.writeCharacters("    ");
        boolean passed = cell.status() == CellResult.Status.PASSED;
        if (passed) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("name", clean(name));
        xml.writeAttribute("classname", className);
        xml.writeAttribute("time", seconds(cell.latencyMs()));
        if (!passed) {
            String reason = clean(CellOutcome.reason(cell));
            switch (cell.status()) {
                case FAILED -> detail(xml, "failure", reason, "assertion", cell);
                case ERROR -> detail(xml, "error", reason, "error", cell);
                default -> {
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", reason);
                }
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
    }

    private static void detail(XMLStreamWriter xml, String element, String reason, String type, CellResult cell)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", reason);
        xml.writeAttribute("type", type);
        String output = cell.output() == null ? "" : cell.output();
        xml.writeCharacters(clean(reason + (output.isEmpty() ? "" : "\n\nOutput:\n" + output)));
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value));
    }

    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    private static String oneLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

    /** XML 1.0 cannot carry most control characters, which model output may contain: they are dropped. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static final class Counts {
        int tests;
        int failures;
        int errors;
        int skipped;
        long latencyMs;

        void add(CellResult cell) {
            tests++;
            latencyMs += cell.latencyMs();
            switch (cell.status()) {
                case FAILED -> failures++;
                case ERROR -> errors++;
                case CANCELLED -> skipped++;
                default -> { }
            }
        }

        void writeAttributes(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(errors));
            xml.writeAttribute("skipped", Integer.toString(skipped));
            xml.writeAttribute("time", seconds(latencyMs));
        }
    }
}
