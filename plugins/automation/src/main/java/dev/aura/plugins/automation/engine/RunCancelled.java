package dev.aura.plugins.automation.engine;

/** The run was cancelled by the user; unwinds out of nested steps. */
final class RunCancelled extends RuntimeException {
    RunCancelled() {
        super("The run was cancelled.", null, false, false);
    }
}
