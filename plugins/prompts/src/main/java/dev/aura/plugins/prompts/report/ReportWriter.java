package dev.aura.plugins.prompts.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a run in one output format, streaming: nothing the size of the whole report is built in memory. */
public interface ReportWriter {
    void write(RunReport report, Writer out) throws IOException;
}
