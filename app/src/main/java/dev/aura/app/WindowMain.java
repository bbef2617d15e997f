package dev.aura.app;

import dev.aura.app.cli.GlobalOptions;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.AuraShell;
import dev.aura.app.shell.ShellServices;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.app.shell.notify.ForwardingNotifier;
import dev.aura.app.shell.support.ForwardingLinks;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window run: core and plugins start on this (non-FX) thread, then the shell opens; when it closes, plugins stop
 * in reverse order and core closes.
 */
final class WindowMain {
    private static final Logger LOG = LoggerFactory.getLogger(WindowMain.class);

    private WindowMain() {}

    static void launch(GlobalOptions options, Map<String, String> env) {
        AuraCore core = AuraCoreFactory.open(
                new AuraCoreFactory.Options(options.dataDir(), options.ollamaUrl(), env, true));
        Locale locale = UiLanguage.current(core.settings()).locale();
        Locale.setDefault(locale); // plugin names and resource bundles read before start follow the UI language
        PluginHost host = PluginHost.discover(WindowMain.class.getClassLoader(), core.paths().pluginsDir(), core.settings());
        ForwardingNotifier notifier = new ForwardingNotifier();
        try {
            ForwardingLinks links = new ForwardingLinks();
            host.startAll(core, notifier, locale, true, links);
            AuraShell.launch(new ShellServices(core, host, notifier, links), new String[0]);
        } catch (RuntimeException e) {
            LOG.error("The window failed", e);
            throw e;
        } finally {
            host.stopAll();
            core.close();
        }
    }

}
