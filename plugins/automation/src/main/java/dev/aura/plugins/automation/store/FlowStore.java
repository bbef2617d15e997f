package dev.aura.plugins.automation.store;

import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Workflow;
import java.util.List;
import java.util.Optional;

/**
 * Saved workflows and their versions. Names are unique among workflows that are not deleted (case-insensitive).
 * Every save that changes something is a new immutable version; saving unchanged content writes nothing.
 * Never call on the FX thread.
 */
public interface FlowStore {
    /** Every workflow, by name. */
    List<FlowSummary> list();

    /** The latest version of the workflow with this name (case-insensitive). */
    Optional<FlowVersion> latestByName(String name);

    Optional<FlowVersion> latest(String flowId);

    Optional<FlowVersion> version(String flowId, int version);

    /** Every version, newest first. */
    List<FlowVersion> versions(String flowId);

    /**
     * Saves {@code workflow} as the next version of {@code flowId}, or as a new workflow when {@code flowId} is null.
     * Returns the latest version (the existing one when nothing changed).
     *
     * @throws IllegalArgumentException when another workflow already has this name (the message says so)
     */
    FlowVersion save(String flowId, Workflow workflow, String note);

    /** Tombstones the workflow; its versions and run history stay. */
    void delete(String flowId);

    /** The permissions the user last confirmed for this workflow; empty when never confirmed. */
    Optional<Permissions> confirmedPermissions(String flowId);

    void confirmPermissions(String flowId, Permissions permissions);
}
