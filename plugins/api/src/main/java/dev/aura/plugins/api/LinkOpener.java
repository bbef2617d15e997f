package dev.aura.plugins.api;

import java.io.IOException;

/** Opens a web link in the user's browser. In the window it is the desktop's; headless there is none. */
@FunctionalInterface
public interface LinkOpener {
    /** Used where no desktop is available (the CLI, tests). */
    LinkOpener NONE = uri -> {
        throw new IOException("There is no desktop to open links in");
    };

    /** @throws IOException when the desktop cannot open it, with a message to show */
    void open(String uri) throws IOException;
}
