package dev.aura.bench.cards;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each tool runs a config file against a given Ollama URL at a given concurrency, writing promptfoo's JSON.
 * Both get a private state folder under the bench's out folder and never touch the user's own.
 */
record BenchTool(String name, Path executable, Path stateDir) {

    static BenchTool aura(Path launcher, Path out) {
        return new BenchTool("aura", launcher, out.resolve("aura-home"));
    }

    static BenchTool promptfoo(Path bin, Path out) {
        return new BenchTool("promptfoo", bin, out.resolve("promptfoo-config"));
    }

    List<String> command(Path config, int concurrency, Path output) {
        String j = Integer.toString(concurrency);
        if (name.equals("aura")) {
            List<String> command = new ArrayList<>(List.of(executable.toString(), "cards", "test", config.toString(),
                    "-j", j, "-o", output.toString()));
            // BENCH_CARDS_AURA_ARGS: extra options, e.g. to compare JVM or CLI settings on the same run
            String extra = System.getenv().getOrDefault("BENCH_CARDS_AURA_ARGS", "").strip();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            return command;
        }
        // caching, sharing, the results database, the table and the progress bar off: only the eval and its JSON
        return List.of(executable.toString(), "eval", "-c", config.toString(), "-j", j, "--no-cache", "--no-share",
                "--no-write", "--no-table", "--no-progress-bar", "-o", output.toString());
    }

    Map<String, String> env(URI ollama) {
        Map<String, String> env = new HashMap<>();
        if (name.equals("aura")) {
            env.put("AURA_HOME", stateDir.toString());
            env.put("OLLAMA_HOST", ollama.toString());
        } else {
            env.put("PROMPTFOO_CONFIG_DIR", stateDir.toString());
            env.put("OLLAMA_BASE_URL", ollama.toString());
            env.put("PROMPTFOO_DISABLE_TELEMETRY", "1");
            env.put("PROMPTFOO_DISABLE_UPDATE", "1");
            env.put("PROMPTFOO_CACHE_ENABLED", "false");
            env.put("PROMPTFOO_DISABLE_SHARING", "1");
            // its per-run debug log file records every call (and its file transport sometimes fails at exit with
            // "write after end", exit code 1); the error log stays on
            env.put("PROMPTFOO_DISABLE_DEBUG_LOG", "1");
        }
        return env;
    }

    /** Exit codes of a finished run: 0 all passed, 100 some failed (both tools); anything else is an error. */
    static boolean completed(int exitCode) {
        return exitCode == 0 || exitCode == 100;
    }
}
