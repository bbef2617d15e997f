package dev.aura.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One headless `aura ...` run with captured output. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AuraCli.run(args, env, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
