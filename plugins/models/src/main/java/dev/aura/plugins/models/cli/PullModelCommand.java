package dev.aura.plugins.models.cli;

import dev.aura.plugins.api.cli.Interrupts;

import dev.aura.core.tasks.Job;
import dev.aura.plugins.models.ModelsFailure;
import dev.aura.plugins.models.PullProgressTracker;
import dev.aura.plugins.models.PullTexts;
import java.io.PrintWriter;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aura models pull NAME}: progress on stderr, the result on stdout; Ctrl+C cancels and exits 130. */
@Command(name = "pull",
        resourceBundle = "dev.aura.plugins.models.cli.help", description = "${bundle:pull.description}")
final class PullModelCommand extends ModelsSubcommand {
    @Parameters(paramLabel = "NAME", description = "${bundle:pull.name}")
    String name;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        PullTexts texts = new PullTexts(parent.messages());
        PullProgressPrinter printer = new PullProgressPrinter(err, texts, name, parent.terminal());
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicReference<Job<Void>> job = new AtomicReference<>();
        try (Interrupts.Handle ignored = parent.interrupts().watch(() -> {
            interrupted.set(true);
            Job<Void> running = job.get();
            if (running != null) {
                running.cancel();
            }
        })) {
            job.set(parent.tasks().submit(texts.jobName(name), context -> {
                PullProgressTracker tracker = new PullProgressTracker();
                parent.catalog().pull(name, progress -> {
                    if (interrupted.get()) {
                        throw new CancellationException("interrupted");
                    }
                    printer.show(tracker.update(progress));
                }, context);
                return null;
            }));
            if (interrupted.get()) {
                job.get().cancel();
            }
            return waitFor(job.get(), printer, interrupted, texts, out, err);
        }
    }

    private int waitFor(Job<Void> job, PullProgressPrinter printer, AtomicBoolean interrupted, PullTexts texts,
            PrintWriter out, PrintWriter err) {
        try {
            job.result().join();
            printer.finish();
            if (interrupted.get()) {
                err.println("aura: " + texts.cancelled(name));
                return ModelsCommand.CANCELLED;
            }
            out.println(texts.ready(name));
            return ModelsCommand.OK;
        } catch (CancellationException | CompletionException e) {
            printer.finish();
            ModelsFailure failure = interrupted.get()
                    ? new ModelsFailure(ModelsFailure.Kind.CANCELLED, texts.cancelled(name))
                    : parent.errors().describePull(e, name);
            String message = failure.kind() == ModelsFailure.Kind.CANCELLED ? texts.cancelled(name) : failure.message();
            err.println("aura: " + message);
            return ModelsCommand.exitCode(failure);
        }
    }

    @Override
    String subject() {
        return name;
    }
}
