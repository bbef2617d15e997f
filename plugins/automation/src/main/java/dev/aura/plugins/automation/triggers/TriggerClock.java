package dev.aura.plugins.automation.triggers;

import java.time.Instant;

/** CONTRACT SKELETON (helper "triggers" replaces it): time for triggers; the system clock, or one tests advance. */
public interface TriggerClock {
    Instant now();

    /** The wall clock with real timers. */
    static TriggerClock system() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }
}
