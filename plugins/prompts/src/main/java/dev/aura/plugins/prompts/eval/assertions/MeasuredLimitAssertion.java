package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;

/**
 * A measurement of the call (latency, cost) at most the threshold. Without a measurement both forms fail, since
 * "not measured" says nothing either way. Without a threshold, promptfoo only records the measurement as a named
 * metric: the assertion passes with the measurement as its score, and must name a metric.
 */
abstract class MeasuredLimitAssertion implements NegatableAssertion {
    /** The measurement, or null when it is unknown. */
    abstract Double measure(GradingContext context);

    /** The failure reason when nothing was measured, with what to do about it. */
    abstract String notMeasuredReason(GradingContext context);

    abstract String describe(double measured);

    abstract String describeThreshold(double threshold);

    /** "Latency", "Cost". */
    abstract String label();

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        Double measured = measure(context);
        if (measured == null) {
            return GradingResult.fail(spec, notMeasuredReason(context));
        }
        if (spec.threshold() == null) {
            if (spec.metric() == null || spec.metric().isBlank()) {
                throw new AssertionConfigException(label() + " assertion without a threshold must set `metric` to"
                        + " record as a named metric: add a threshold, or a metric name to only record it");
            }
            return new GradingResult(spec, true, measured, Reasons.PASSED);
        }
        double threshold = spec.threshold();
        return measured <= threshold ? GradingResult.pass(spec, Reasons.PASSED)
                : GradingResult.fail(spec, label() + " " + describe(measured) + " is greater than threshold "
                        + describeThreshold(threshold));
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return label() + " " + describe(measure(context)) + " is less than or equal to threshold "
                + describeThreshold(spec.threshold());
    }

    @Override
    public GradingResult gradeNegated(AssertionSpec spec, GradingContext context) {
        if (spec.threshold() == null) {
            throw new AssertionConfigException(label() + " assertion requires a threshold when using not-" + type()
                    + ": add a threshold");
        }
        if (measure(context) == null) {
            return GradingResult.fail(spec, notMeasuredReason(context));
        }
        return NegatableAssertion.super.gradeNegated(spec, context);
    }
}
