package dev.aura.app.shell;

/** The window-level actions that menus, the palette and shortcuts share. */
interface ShellActions {
    void openPalette();

    void openSettings();

    void switchLanguage();

    void retryOllama();

    void about();

    void quit();
}
