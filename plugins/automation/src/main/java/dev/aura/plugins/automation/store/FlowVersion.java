package dev.aura.plugins.automation.store;

import dev.aura.plugins.automation.model.Workflow;
import java.time.Instant;

/**
 * One immutable saved version of a workflow. {@code yaml} is the text it was stored as (what the diff view compares);
 * {@code note} says where it came from ("imported from flows/digest.yaml", "restored from version 2"), or is empty.
 */
public record FlowVersion(String flowId, int version, Workflow workflow, String yaml, Instant created, String note) {}
