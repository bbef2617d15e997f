package dev.aura.app.shell.support;

import dev.aura.plugins.api.LinkOpener;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.HostServices;

/** Opens web links and folders with the desktop's own apps; HostServices when the app has them, else AWT Desktop. */
public interface DesktopLinks extends LinkOpener {

    default void openFolder(Path folder) throws IOException {
        open(folder.toUri().toString());
    }

    static DesktopLinks of(HostServices hostServices) {
        return uri -> hostServices.showDocument(uri);
    }

    /** Without an Application (tests, embedding): AWT's Desktop where supported. */
    static DesktopLinks awt() {
        return uri -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                throw new IOException("this desktop cannot open links");
            }
            Desktop.getDesktop().browse(java.net.URI.create(uri));
        };
    }
}
