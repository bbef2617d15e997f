package dev.aura.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Noto Sans Thai. JavaFX falls back to fonts loaded this way for glyphs the primary font lacks,
 * so Thai renders even on systems without a Thai font (without it, Thai shows as empty boxes).
 */
public final class ShellFonts {
    public static final String THAI_FAMILY = "Noto Sans Thai";
    private static final Logger LOG = LoggerFactory.getLogger(ShellFonts.class);
    private static final String[] FILES = {"NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"};
    /** Fonts are registered process-wide by JavaFX; loading twice would only waste memory. */
    private static final AtomicBoolean LOADED = new AtomicBoolean();

    private ShellFonts() {}

    public static void loadBundled() {
        if (!LOADED.compareAndSet(false, true)) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = ShellFonts.class.getResourceAsStream("/dev/aura/app/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.warn("Bundled font {} could not be loaded; Thai text may show as boxes", file);
                }
            } catch (IOException e) {
                LOG.warn("Bundled font {} could not be read; Thai text may show as boxes", file, e);
            }
        }
    }
}
