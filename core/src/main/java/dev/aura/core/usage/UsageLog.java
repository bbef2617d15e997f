package dev.aura.core.usage;

import java.util.List;

/** One row per model call; analytics reads it. */
public interface UsageLog {
    void record(UsageRecord record);

    /** Newest first. */
    List<UsageRecord> recent(int limit);

    long count();
}
