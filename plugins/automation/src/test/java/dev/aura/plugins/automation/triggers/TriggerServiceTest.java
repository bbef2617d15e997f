package dev.aura.plugins.automation.triggers;

import static dev.aura.plugins.automation.triggers.TriggerFixture.day;
import static dev.aura.plugins.automation.triggers.TriggerFixture.local;
import static dev.aura.plugins.automation.triggers.TriggerFixture.localOf;
import static dev.aura.plugins.automation.triggers.TriggerFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Trigger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cron, interval and app-start triggers with the manual clock, over the real store. */
class TriggerServiceTest {
    private static final RunPolicy RUN_ONCE = RunPolicy.DEFAULT;
    private static final RunPolicy SKIP = new RunPolicy(RunPolicy.MissedRuns.SKIP, RunPolicy.Overlap.SKIP);

    @TempDir
    Path dir;
    private TriggerFixture fx;
    private TriggerService service;

    private TriggerFixture fixture(LocalDateTime start) {
        fx = new TriggerFixture(dir, start);
        return fx;
    }

    private TriggerService started(boolean appStarted) {
        service = fx.service();
        service.start(appStarted);
        return service;
    }

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private java.util.List<LocalDateTime> launchTimes() {
        return fx.launcher.launches().stream().map(l -> localOf(l.at())).toList();
    }

    @Test
    void cronFiresAtItsLocalTimesAcrossADayBoundary() {
        fixture(day(10, 22, 0));
        String id = fx.save(workflow("nightly", RUN_ONCE, new Trigger.Cron("30 23,0 * * *")));
        started(false);

        fx.clock.advanceTo(local(day(11, 2, 0)));

        assertThat(launchTimes()).containsExactly(day(10, 23, 30), day(11, 0, 30));
        assertThat(fx.launcher.launches()).allSatisfy(l -> {
            assertThat(l.flowId()).isEqualTo(id);
            assertThat(l.trigger()).isEqualTo("cron 30 23,0 * * *");
            assertThat(l.variables()).isEmpty();
        });
    }

    @Test
    void intervalFiresEveryPeriodFromStartWhenItNeverRan() {
        fixture(day(10, 8, 0));
        fx.save(workflow("poll", RUN_ONCE, new Trigger.Interval(Duration.ofHours(1))));
        started(false);

        fx.clock.advance(Duration.ofMinutes(210));

        assertThat(launchTimes()).containsExactly(day(10, 9, 0), day(10, 10, 0), day(10, 11, 0));
        assertThat(fx.launcher.triggers()).containsOnly("interval PT1H");
    }

    @Test
    void intervalCountsFromTheLastStartOfThatTrigger() {
        fixture(day(10, 8, 0));
        String id = fx.save(workflow("poll", RUN_ONCE, new Trigger.Interval(Duration.ofHours(1))));
        fx.ran(id, "interval PT1H", day(10, 7, 40));
        started(false);

        fx.clock.advance(Duration.ofMinutes(90));

        assertThat(launchTimes()).containsExactly(day(10, 8, 40), day(10, 9, 40));
    }

    @Test
    void missedCronSlotsRunOnceAtStartWithRunOnce() {
        fixture(day(13, 10, 0));
        String id = fx.save(workflow("digest", RUN_ONCE, new Trigger.Cron("0 9 * * *")));
        fx.ran(id, "cron 0 9 * * *", day(10, 9, 0));

        started(false);

        assertThat(fx.launcher.triggers()).containsExactly("cron 0 9 * * * (missed)");
        assertThat(launchTimes()).containsExactly(day(13, 10, 0));
        fx.clock.advanceTo(local(day(14, 10, 0)));
        assertThat(fx.launcher.triggers()).containsExactly("cron 0 9 * * * (missed)", "cron 0 9 * * *");
        assertThat(launchTimes()).last().isEqualTo(day(14, 9, 0));
    }

    @Test
    void missedCronSlotsAreSkippedWithSkip() {
        fixture(day(13, 10, 0));
        String id = fx.save(workflow("digest", SKIP, new Trigger.Cron("0 9 * * *")));
        fx.ran(id, "cron 0 9 * * *", day(10, 9, 0));

        started(false);

        assertThat(fx.launcher.launches()).isEmpty();
        assertThat(service.upcoming()).singleElement()
                .satisfies(u -> assertThat(localOf(u.at())).isEqualTo(day(14, 9, 0)));
    }

    @Test
    void aCatchUpRunCountsAsTheLastStartSoTheNextRestartDoesNotRepeatIt() {
        fixture(day(13, 10, 0));
        String id = fx.save(workflow("digest", RUN_ONCE, new Trigger.Cron("0 9 * * *")));
        fx.ran(id, "cron 0 9 * * *", day(10, 9, 0));
        started(false);
        service.close();

        fx.clock.advance(Duration.ofMinutes(30));
        started(false);

        assertThat(fx.launcher.triggers()).containsExactly("cron 0 9 * * * (missed)");
    }

    @Test
    void aWorkflowThatNeverRanHasNoMissedRun() {
        fixture(day(13, 10, 0));
        fx.save(workflow("digest", RUN_ONCE, new Trigger.Cron("0 9 * * *"), new Trigger.Interval(Duration.ofHours(1))));

        started(false);

        assertThat(fx.launcher.launches()).isEmpty();
    }

    @Test
    void missedIntervalRunsOnceThenCountsFromTheCatchUp() {
        fixture(day(10, 12, 0));
        String id = fx.save(workflow("poll", RUN_ONCE, new Trigger.Interval(Duration.ofHours(1))));
        fx.ran(id, "interval PT1H", day(10, 7, 0));

        started(false);
        fx.clock.advance(Duration.ofMinutes(61));

        assertThat(fx.launcher.triggers()).containsExactly("interval PT1H (missed)", "interval PT1H");
        assertThat(launchTimes()).containsExactly(day(10, 12, 0), day(10, 13, 0));
    }

    @Test
    void skippedIntervalKeepsItsRhythmFromTheLastStart() {
        fixture(day(10, 12, 10));
        String id = fx.save(workflow("poll", SKIP, new Trigger.Interval(Duration.ofHours(1))));
        fx.ran(id, "interval PT1H", day(10, 7, 0));

        started(false);
        fx.clock.advance(Duration.ofMinutes(60));

        assertThat(launchTimes()).containsExactly(day(10, 13, 0));
    }

    @Test
    void refreshReschedulesAChangedTriggerAndStopsADeletedWorkflow() {
        fixture(day(10, 8, 0));
        String changed = fx.save(workflow("changed", RUN_ONCE, new Trigger.Cron("0 9 * * *")));
        String deleted = fx.save(workflow("deleted", RUN_ONCE, new Trigger.Cron("0 9 * * *")));
        started(false);

        fx.flows.save(changed, workflow("changed", RUN_ONCE, new Trigger.Cron("0 10 * * *")), "");
        fx.flows.delete(deleted);
        service.refresh();
        fx.clock.advanceTo(local(day(10, 12, 0)));

        assertThat(fx.launcher.launches()).singleElement().satisfies(l -> {
            assertThat(l.flowId()).isEqualTo(changed);
            assertThat(l.trigger()).isEqualTo("cron 0 10 * * *");
            assertThat(localOf(l.at())).isEqualTo(day(10, 10, 0));
        });
    }

    @Test
    void refreshSchedulesANewWorkflowAndRepeatedRefreshesChangeNothing() {
        fixture(day(10, 8, 0));
        fx.save(workflow("first", RUN_ONCE, new Trigger.Cron("0 9 * * *")));
        started(false);
        String added = fx.save(workflow("added", RUN_ONCE, new Trigger.Cron("30 9 * * *")));

        service.refresh();
        service.refresh();
        int timers = fx.clock.pending();
        service.refresh();
        fx.clock.advanceTo(local(day(10, 10, 0)));

        assertThat(timers).isEqualTo(2);
        assertThat(fx.launcher.launches()).extracting(RecordingLauncher.Launch::trigger)
                .containsExactly("cron 0 9 * * *", "cron 30 9 * * *");
        assertThat(fx.launcher.launches().get(1).flowId()).isEqualTo(added);
    }

    @Test
    void appStartTriggersFireOnlyWhenTheAppStarted() {
        fixture(day(10, 8, 0));
        String id = fx.save(workflow("hello", RUN_ONCE, new Trigger.AppStart(), new Trigger.Manual()));
        fx.save(workflow("quiet", RUN_ONCE, new Trigger.Manual()));

        started(false);
        assertThat(fx.launcher.launches()).isEmpty();
        service.close();
        started(true);

        assertThat(fx.launcher.launches()).singleElement().satisfies(l -> {
            assertThat(l.flowId()).isEqualTo(id);
            assertThat(l.trigger()).isEqualTo("app-start");
            assertThat(l.variables()).isEqualTo(Map.of());
        });
    }

    @Test
    void upcomingListsTheNextFiringOfEveryScheduleSoonestFirst() {
        fixture(day(10, 8, 0));
        String daily = fx.save(workflow("daily", RUN_ONCE, new Trigger.Cron("0 9 * * *"), new Trigger.AppStart()));
        String poll = fx.save(workflow("poll", RUN_ONCE, new Trigger.Interval(Duration.ofMinutes(30)),
                new Trigger.Cron("0 7 * * *")));
        started(false);

        assertThat(service.upcoming()).containsExactly(
                new UpcomingRun(poll, "poll", "interval PT30M", local(day(10, 8, 30))),
                new UpcomingRun(daily, "daily", "cron 0 9 * * *", local(day(10, 9, 0))),
                new UpcomingRun(poll, "poll", "cron 0 7 * * *", local(day(11, 7, 0))));
    }

    @Test
    void aLauncherThatThrowsDoesNotStopTheSchedule() {
        fixture(day(10, 8, 0));
        fx.save(workflow("flaky", RUN_ONCE, new Trigger.Interval(Duration.ofHours(1))));
        fx.launcher.failWith(new IllegalStateException("the database is locked"));
        started(false);

        fx.clock.advance(Duration.ofHours(3));

        assertThat(launchTimes()).containsExactly(day(10, 9, 0), day(10, 10, 0), day(10, 11, 0));
    }

    @Test
    void closeCancelsEveryTimerAndRefreshAfterCloseSchedulesNothing() {
        fixture(day(10, 8, 0));
        fx.save(workflow("daily", RUN_ONCE, new Trigger.Cron("0 9 * * *"), new Trigger.Interval(Duration.ofHours(1))));
        started(false);
        assertThat(fx.clock.pending()).isEqualTo(2);

        service.close();
        service.refresh();
        fx.clock.advance(Duration.ofDays(1));

        assertThat(fx.clock.pending()).isZero();
        assertThat(fx.launcher.launches()).isEmpty();
        assertThat(service.upcoming()).isEmpty();
    }
}
