package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.GradingContext;

/** {@code cost}: the call's estimated cost is at most {@code threshold}. */
public final class CostAssertion extends MeasuredLimitAssertion {
    @Override
    public String type() {
        return "cost";
    }

    @Override
    Double measure(GradingContext context) {
        return context.cost();
    }

    @Override
    String notMeasuredReason(GradingContext context) {
        String model = context.model() == null ? "this model" : "model " + context.model();
        return "No cost is known for this output because " + model
                + " has no price: set its price in the Prices dialog to check cost";
    }

    @Override
    String describe(double measured) {
        return Reasons.toPrecision(measured, 2);
    }

    @Override
    String describeThreshold(double threshold) {
        return Reasons.number(threshold);
    }

    @Override
    String label() {
        return "Cost";
    }
}
