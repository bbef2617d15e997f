package dev.aura.plugins.api.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs a plugin's picocli command as {@code aura ...} would, with captured stdout and stderr and the exit code. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun execute(Object command, String... args) {
        return execute(command, text -> {}, text -> {}, args);
    }

    /** @param onOut sees stdout's text so far after each write, e.g. to press Ctrl+C mid-answer */
    public static CliRun watchingOut(Object command, Consumer<String> onOut, String... args) {
        return execute(command, onOut, text -> {}, args);
    }

    /** @param onErr sees stderr's text so far after each write, e.g. to press Ctrl+C mid-download */
    public static CliRun watchingErr(Object command, Consumer<String> onErr, String... args) {
        return execute(command, text -> {}, onErr, args);
    }

    private static CliRun execute(Object command, Consumer<String> onOut, Consumer<String> onErr, String... args) {
        StringWriter out = watched(onOut);
        StringWriter err = watched(onErr);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static StringWriter watched(Consumer<String> onText) {
        return new StringWriter() {
            @Override
            public void write(String str, int off, int len) {
                super.write(str, off, len);
                onText.accept(toString());
            }

            @Override
            public void write(char[] chars, int off, int len) {
                super.write(chars, off, len);
                onText.accept(toString());
            }
        };
    }
}
