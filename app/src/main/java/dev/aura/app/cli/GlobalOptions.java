package dev.aura.app.cli;

import java.util.List;
import java.util.Map;

/**
 * The options that decide which profile and which Ollama a run uses. They are read before the command tree is built,
 * because plugin subcommands need a started core.
 */
public record GlobalOptions(String dataDir, String ollamaUrl) {

    public static GlobalOptions scan(List<String> args, Map<String, String> env) {
        String dataDir = value(args, "--data-dir");
        String ollamaUrl = value(args, "--ollama-url");
        if (dataDir == null) {
            dataDir = blankToNull(env.get("AURA_HOME"));
        }
        return new GlobalOptions(dataDir, ollamaUrl);
    }

    /** True when the arguments hold nothing but global options: then the window opens with them. */
    public static boolean onlyGlobalOptions(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--data-dir") || arg.equals("--ollama-url")) && i + 1 < args.size()) {
                i++;
            } else if (!arg.startsWith("--data-dir=") && !arg.startsWith("--ollama-url=")) {
                return false;
            }
        }
        return true;
    }

    private static String value(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return null;
            }
            if (arg.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
