package dev.aura.app.shell.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a scene to PNG for a human to look at, only when AURA_SHOTS names a folder (e.g. /tmp/shots), so normal
 * test runs write nothing. Converts through PixelReader because javafx-swing is not a dependency.
 */
public final class Screenshots {
    private Screenshots() {}

    public static Optional<Path> folder() {
        String dir = System.getenv("AURA_SHOTS");
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /** Any thread: the snapshot is taken on the FX thread after pending layout. */
    public static void save(Scene scene, String name) {
        folder().ifPresent(dir -> {
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
            write(image, dir.resolve(name + ".png"));
        });
    }

    public static void write(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
