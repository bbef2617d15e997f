package dev.aura.plugins.automation.runs;

/** A run was asked for, but the workflow may use folders, hosts or executables the user has not confirmed. */
public final class PermissionsNotConfirmed extends RuntimeException {
    private final transient PermissionChange change;

    public PermissionsNotConfirmed(PermissionChange change) {
        super("The workflow '" + change.workflow() + "' needs permissions you have not confirmed yet. Review and"
                + " confirm them in the Automation panel, or run it with --allow from the command line.");
        this.change = change;
    }

    public PermissionChange change() {
        return change;
    }
}
