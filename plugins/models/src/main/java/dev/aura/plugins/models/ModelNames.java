package dev.aura.plugins.models;

import java.util.Locale;

/** Ollama treats "llama3.2" and "llama3.2:latest" as one model; so do we when matching names. */
public final class ModelNames {
    private ModelNames() {}

    public static String canonical(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return n;
        }
        // a registry host may carry a port ("host:5000/ns/model"), so only look for a tag after the last '/'
        String last = n.substring(n.lastIndexOf('/') + 1);
        return last.contains(":") ? n : n + ":latest";
    }

    public static boolean same(String a, String b) {
        return canonical(a).toLowerCase(Locale.ROOT).equals(canonical(b).toLowerCase(Locale.ROOT));
    }
}
