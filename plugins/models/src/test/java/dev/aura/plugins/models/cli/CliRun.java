package dev.aura.plugins.models.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the models command like {@code aura models ...} with captured stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun execute(ModelsCommand command, String... args) {
        return execute(command, text -> {}, args);
    }

    /** @param onErr sees stderr's text so far after each write, e.g. to press Ctrl+C mid-download */
    static CliRun execute(ModelsCommand command, Consumer<String> onErr, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter() {
            @Override
            public void write(String str, int off, int len) {
                super.write(str, off, len);
                onErr.accept(toString());
            }

            @Override
            public void write(char[] chars, int off, int len) {
                super.write(chars, off, len);
                onErr.accept(toString());
            }
        };
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
