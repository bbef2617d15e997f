package dev.aura.plugins.analytics.stats;

import dev.aura.core.tasks.JobContext;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls up settled usage_log rows after the watermark, in seq order, one chunk per transaction. Each transaction
 * first locks the state row, so two processes (the window and a CLI run) never roll up the same rows twice.
 */
final class UsageCatchUp {
    static final int DEFAULT_CHUNK = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(UsageCatchUp.class);

    private final Supplier<Jdbi> jdbi;
    private final int chunk;

    UsageCatchUp(Supplier<Jdbi> jdbi, int chunk) {
        this.jdbi = jdbi;
        this.chunk = chunk;
    }

    long run(JobContext job) {
        long pending = jdbi.get().withHandle(h -> RollupTables.countAfter(h, RollupTables.watermark(h)));
        if (pending == 0) {
            return 0;
        }
        long done = 0;
        job.progress(0, progressText(done, pending));
        // Cancellation is honoured between chunks: a chunk is one transaction, never half applied.
        while (!job.isCancelled()) {
            Chunk result = jdbi.get().inTransaction(this::rollUpChunk);
            done += result.rolledUp();
            if (!result.more()) {
                break;
            }
            job.progress(Math.min(1.0, (double) done / pending), progressText(done, pending));
        }
        if (!job.isCancelled()) {
            job.progress(1.0, "Statistics up to date: %d calls added".formatted(done));
        }
        if (done > 0) {
            LOG.debug("Rolled up {} calls", done);
        }
        return done;
    }

    private static String progressText(long done, long pending) {
        return "Updating statistics: %,d of %,d calls".formatted(done, pending);
    }

    private Chunk rollUpChunk(Handle h) {
        long watermark = RollupTables.lockWatermark(h);
        List<RawCall> calls = RollupTables.callsAfter(h, watermark, chunk);
        RollupFold fold = new RollupFold();
        long last = watermark;
        int taken = 0;
        for (RawCall call : calls) {
            // Stop at the first unsettled row: a later seq must never pass an earlier one that is not rolled up.
            if (!call.settled()) {
                break;
            }
            fold.add(call);
            last = call.seq();
            taken++;
        }
        if (taken == 0) {
            return new Chunk(0, false);
        }
        for (RollupRow existing : RollupTables.rows(h, fold.minHour(), fold.maxHour() + 1)) {
            fold.addExisting(existing);
        }
        RollupTables.write(h, fold.encoded());
        RollupTables.setWatermark(h, last);
        return new Chunk(taken, taken == calls.size() && calls.size() == chunk);
    }

    private record Chunk(long rolledUp, boolean more) {}
}
