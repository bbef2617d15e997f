package dev.aura.core.prompts;

import java.util.List;
import java.util.Optional;

/**
 * Saved prompt templates other plugins may use by reference, provided by the Prompt Cards plugin when it is present.
 * A reference is "Title@label" (the version with that label), "Title@3" (version 3) or "Title" (the latest).
 */
public interface PromptLibrary {
    /** The template (its first variant) of the referenced prompt; empty when no such prompt or label exists. */
    Optional<String> template(String reference);

    /** Every labelled version and every latest version, as references a user can pick. */
    List<String> references();
}
