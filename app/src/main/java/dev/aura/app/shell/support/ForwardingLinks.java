package dev.aura.app.shell.support;

import java.io.IOException;
import java.util.Objects;

/**
 * The link opener plugins get at start, before the window exists: AWT's desktop until the shell hands over the
 * application's HostServices.
 */
public final class ForwardingLinks implements DesktopLinks {
    private volatile DesktopLinks target = DesktopLinks.awt();

    public void forwardTo(DesktopLinks links) {
        target = Objects.requireNonNull(links);
    }

    @Override
    public void open(String uri) throws IOException {
        target.open(uri);
    }
}
