package dev.aura.core.testing;

import java.time.Duration;
import java.util.List;

/**
 * How the fake answers {@code /api/pull} for a model it can "download".
 *
 * @param layerSizes        bytes of each layer; each gets {@code stepsPerLayer} progress lines
 * @param stepDelay         wait before each progress line, so a pull takes a controllable time
 * @param diskFullAfterSteps after this many progress lines report "no space left on device" (negative: never)
 */
public record PullScript(List<Long> layerSizes, int stepsPerLayer, Duration stepDelay, int diskFullAfterSteps) {
    public PullScript {
        layerSizes = List.copyOf(layerSizes);
        if (stepsPerLayer < 1) {
            throw new IllegalArgumentException("stepsPerLayer must be at least 1");
        }
    }

    public static PullScript quick() {
        return new PullScript(List.of(2_000_000L, 12_000L), 4, Duration.ZERO, -1);
    }

    public PullScript withStepDelay(Duration delay) {
        return new PullScript(layerSizes, stepsPerLayer, delay, diskFullAfterSteps);
    }

    public PullScript withStepsPerLayer(int steps) {
        return new PullScript(layerSizes, steps, stepDelay, diskFullAfterSteps);
    }

    public PullScript withDiskFullAfter(int steps) {
        return new PullScript(layerSizes, stepsPerLayer, stepDelay, steps);
    }
}
