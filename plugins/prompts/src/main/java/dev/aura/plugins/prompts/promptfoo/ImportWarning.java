package dev.aura.plugins.prompts.promptfoo;

/** A part of a promptfoo config that was not imported; {@code path} locates it ("tests[2].options.transform"). */
public record ImportWarning(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
