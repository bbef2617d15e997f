package dev.aura.plugins.automation.cli;

import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.cli.Interrupts;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.runs.ActiveRun;
import dev.aura.plugins.automation.runs.RunEvents;
import dev.aura.plugins.automation.store.FlowSummary;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.triggers.UpcomingRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;

/**
 * {@code aura flows serve}: fires the cron, interval, folder-watch and app-start triggers of every saved workflow
 * headless, printing what is scheduled and each triggered run as it starts and ends, until Ctrl+C or SIGTERM; then
 * stops the triggers, cancels runs still going (stored as cancelled) and exits 0.
 */
@Command(name = "serve", resourceBundle = FlowsSubcommand.BUNDLE, description = "${bundle:cli.serve.description}")
final class ServeCommand extends FlowsSubcommand {
    /** How long stopping waits for cancelled runs to be stored. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(3);

    ServeCommand(FlowsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        AutomationServices services = context.services();
        CliFormat format = new CliFormat(context.messages(), context.zone());
        int interrupted = services.history().closeInterrupted(Instant.now());
        if (interrupted > 0) {
            err.println(text("cli.serve.closedInterrupted", interrupted));
        }
        warnAboutUnconfirmed(err);
        CountDownLatch stop = new CountDownLatch(1);
        try (Interrupts.Handle ignored = context.interrupts().watch(stop::countDown);
             Subscription events = services.runs().subscribe(new Printer(out, format))) {
            services.triggers().start(true);
            printUpcoming(out, format);
            out.println(text("cli.serve.waiting"));
            out.flush();
            awaitStop(stop);
            services.triggers().close();
            cancelActive(services, out);
            out.println(text("cli.serve.stopped"));
            out.flush();
        }
        return CliExit.OK;
    }

    private static void awaitStop(CountDownLatch stop) {
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void printUpcoming(PrintWriter out, CliFormat format) {
        List<UpcomingRun> upcoming = context.services().triggers().upcoming();
        boolean watches = watchedFolders(out, format);
        if (upcoming.isEmpty() && !watches) {
            out.println(text("cli.serve.nothing"));
            return;
        }
        for (UpcomingRun run : upcoming) {
            String trigger = run.trigger().startsWith("cron ")
                    ? text("cli.trigger.cron", run.trigger().substring(5), CliFormat.cronText(run.trigger().substring(5)))
                    : run.trigger();
            out.println(text("cli.serve.upcoming", run.workflow(), trigger, format.time(run.at())));
        }
    }

    /** Folder watches have no next time; they are listed by what they watch. */
    private boolean watchedFolders(PrintWriter out, CliFormat format) {
        boolean any = false;
        for (FlowSummary flow : context.services().flows().list()) {
            for (Trigger trigger : context.services().flows().latest(flow.id()).map(FlowVersion::workflow)
                    .map(w -> w.triggers()).orElse(List.of())) {
                if (trigger instanceof Trigger.FolderWatch) {
                    out.println(text("cli.serve.watching", flow.name(), format.trigger(trigger)));
                    any = true;
                }
            }
        }
        return any;
    }

    /** Triggered runs of a workflow whose permissions nobody confirmed are skipped: say so up front. */
    private void warnAboutUnconfirmed(PrintWriter err) {
        for (FlowSummary flow : context.services().flows().list()) {
            boolean triggered = context.services().flows().latest(flow.id()).map(v -> v.workflow().triggers())
                    .orElse(List.of()).stream().anyMatch(t -> !(t instanceof Trigger.Manual));
            if (triggered && context.services().runs().permissionsToConfirm(flow.id()).isPresent()) {
                err.println(text("cli.serve.unconfirmed", flow.name()));
            }
        }
    }

    private void cancelActive(AutomationServices services, PrintWriter out) {
        List<ActiveRun> active = services.runs().active();
        active.forEach(ActiveRun::cancel);
        for (ActiveRun run : active) {
            try {
                run.result().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                out.println(text("cli.serve.notStored", run.workflow(), oneLine(e)));
            }
        }
    }

    /** One line per triggered run as it starts and ends (and per failed step), from the runs' threads. */
    private final class Printer implements RunEvents {
        private final PrintWriter out;
        private final CliFormat format;

        Printer(PrintWriter out, CliFormat format) {
            this.out = out;
            this.format = format;
        }

        @Override
        public void runStarted(ActiveRun run) {
            print(text("cli.serve.started", format.time(run.started()), run.workflow(), run.trigger()));
        }

        @Override
        public void stepFinished(ActiveRun run, StepRecord step) {
            if (step.error() != null) {
                print(text("cli.serve.stepFailed", run.workflow(), step.stepId(), step.error()));
            }
        }

        @Override
        public void runFinished(ActiveRun run, RunRecord record) {
            print(text("cli.serve.finished", format.time(record.finished()), run.workflow(),
                    format.status(record.status()), CliFormat.duration(record.started(), record.finished())));
        }

        private void print(String line) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }
}
