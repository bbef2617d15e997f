package dev.aura.plugins.api.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Ctrl+C (SIGINT) runs the JVM's shutdown hooks: cancel there and wait briefly for the command to report. */
public final class ShutdownHookInterrupts implements Interrupts {
    private static final long GRACE_SECONDS = 5;

    @Override
    public Handle watch(Runnable onInterrupt) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            onInterrupt.run();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "aura-cli-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for the countDown above
            }
        };
    }
}
