package dev.aura.plugins.automation.model;

/** What a run does when a step fails after all its attempts. */
public record OnError(Action action, String gotoStep) {
    public enum Action { STOP, CONTINUE, GOTO }

    public static final OnError STOP = new OnError(Action.STOP, null);
    public static final OnError CONTINUE = new OnError(Action.CONTINUE, null);

    public OnError {
        if (action == Action.GOTO && (gotoStep == null || gotoStep.isBlank())) {
            throw new IllegalArgumentException("on-error goto needs the id of the step to go to");
        }
    }

    public static OnError goTo(String stepId) {
        return new OnError(Action.GOTO, stepId);
    }
}
