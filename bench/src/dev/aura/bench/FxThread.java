package dev.aura.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The window benches' way onto the FX thread: run an action and wait, wait for a painted frame, find a node. */
public final class FxThread {
    private FxThread() {}

    public static void run(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    /** Waits until the condition holds on the FX thread at a pulse, then for the frame that draws it. */
    public static void waitForPulse(BooleanSupplier condition) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        run(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    Platform.requestNextPulse();
                    Platform.runLater(() -> done.complete(null));
                }
            }
        }.start());
        done.get(120, TimeUnit.SECONDS);
    }

    public static Node lookup(Stage stage, String selector) throws Exception {
        CompletableFuture<Node> found = new CompletableFuture<>();
        run(() -> found.complete(stage.getScene().getRoot().lookup(selector)));
        Node node = found.get(10, TimeUnit.SECONDS);
        if (node == null) {
            throw new IllegalStateException("no " + selector + " in the window");
        }
        return node;
    }
}
