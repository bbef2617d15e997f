package dev.aura.plugins.chat.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Ctrl+C (SIGINT) runs the JVM's shutdown hooks: stop the answer there and wait briefly until it is saved. */
final class ShutdownHookInterrupts implements Interrupts {
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
        }, "aura-chat-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and waits for the countDown above
            }
        };
    }
}
