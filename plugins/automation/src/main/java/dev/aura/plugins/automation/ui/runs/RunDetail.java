package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.engine.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the run view shows: the run's row (header), the variables it ran with and its steps in run order. For a live
 * run the last step may be the one running now.
 */
public record RunDetail(RunRow run, Map<String, String> variables, List<TimelineStep> steps) {
    public RunDetail {
        variables = Map.copyOf(variables);
        steps = List.copyOf(TimelineStep.inTreeOrder(steps));
    }

    public boolean live() {
        return run.live();
    }

    /** Retry from the failed step is offered for runs that ended badly. */
    public boolean retryable() {
        return !run.live() && (run.status() == RunStatus.FAILED || run.status() == RunStatus.CANCELLED);
    }

    /** The longest of the run and the sum of its top-level steps: what the duration bars are a share of. */
    Duration scale(Duration runDuration) {
        Duration sum = steps.stream().filter(s -> s.depth() == 0).map(TimelineStep::duration)
                .reduce(Duration.ZERO, Duration::plus);
        Duration max = sum.compareTo(runDuration) > 0 ? sum : runDuration;
        return max.isZero() ? Duration.ofMillis(1) : max;
    }
}
