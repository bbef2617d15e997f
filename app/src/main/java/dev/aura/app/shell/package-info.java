/**
 * The JavaFX shell: one window with a navigation rail of plugin panels, a status bar, a command palette (Ctrl+K),
 * toasts, the Ollama onboarding and the Settings dialog.
 *
 * <p>Starting it from {@code Main}: open core, discover the plugins, give every plugin context the same
 * {@link dev.aura.app.shell.notify.ForwardingNotifier} and the UI locale
 * ({@code UiLanguage.current(core.settings()).locale()}), start the plugins off the FX thread, then call
 * {@link dev.aura.app.shell.AuraShell#launch(dev.aura.core.AuraCore, dev.aura.app.plugins.PluginHost,
 * dev.aura.app.shell.notify.ForwardingNotifier, String[])}, which returns when the window has closed; stop the
 * plugins and close core after it.
 *
 * <p>Tests build the window into a TestFX stage with {@link dev.aura.app.shell.ShellWindow#create} and a
 * {@link dev.aura.app.shell.ShellServices} over a core on a temp dir.
 */
package dev.aura.app.shell;
