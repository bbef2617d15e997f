package dev.aura.plugins.chat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the chat command like {@code aura chat ...} with captured stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun execute(ChatCommand command, String... args) {
        return execute(command, text -> {}, args);
    }

    /** @param onOut sees stdout's text so far after each write, e.g. to press Ctrl+C mid-answer */
    static CliRun execute(ChatCommand command, Consumer<String> onOut, String... args) {
        StringWriter out = new StringWriter() {
            @Override
            public void write(String str, int off, int len) {
                super.write(str, off, len);
                onOut.accept(toString());
            }
        };
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
