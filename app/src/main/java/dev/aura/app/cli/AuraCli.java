package dev.aura.app.cli;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.LoggingNotifier;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.plugins.api.AuraPlugin;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Headless runs: opens core lazily (a command that needs no database never opens it), starts the plugins without a
 * toolkit, and runs the command tree of the shell and the plugins. Never touches JavaFX.
 */
public final class AuraCli {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuraCli.class);

    private AuraCli() {}

    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        GlobalOptions global = GlobalOptions.scan(List.of(args), env);
        AuraCoreFactory.Options options = new AuraCoreFactory.Options(global.dataDir(), global.ollamaUrl(), env, false);
        try (AuraCore core = AuraCoreFactory.open(options);
                PluginHost host = discover(core)) {
            Locale locale = Locale.getDefault();
            host.startAll(core, new LoggingNotifier(), locale, false);
            CommandLine cli = commandTree(core, host);
            cli.setOut(out);
            cli.setErr(err);
            return cli.execute(args);
        } catch (RuntimeException e) {
            err.println("aura: " + OneLine.of(e));
            err.flush();
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PluginHost discover(AuraCore core) {
        // plugin names and resource bundles read before start follow the UI language
        Locale.setDefault(UiLanguage.current(core.settings()).locale());
        return PluginHost.discover(AuraCli.class.getClassLoader(), core.paths().pluginsDir(), core.settings());
    }

    static CommandLine commandTree(AuraCore core, PluginHost host) {
        CommandLine cli = new CommandLine(new AuraCommand());
        cli.addSubcommand(new CommandLine(new PluginsCommand()).addSubcommand("list", new PluginsCommand.ListCommand(host)));
        cli.addSubcommand("doctor", new DoctorCommand(core, host));
        for (LoadedPlugin p : host.started()) {
            for (Object command : host.call(p, "cliCommands", AuraPlugin::cliCommands).orElse(List.of())) {
                try {
                    cli.addSubcommand(command);
                } catch (CommandLine.InitializationException e) {
                    LOG.warn("Plugin {} contributed an invalid command: {}", p.id(), e.getMessage());
                }
            }
        }
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("aura: " + OneLine.of(ex));
            commandLine.getErr().flush();
            return 1;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ");
            ex.getCommandLine().getErr().println("aura: " + ex.getMessage() + " (see '" + command + " --help')");
            ex.getCommandLine().getErr().flush();
            return 2;
        });
        return cli;
    }

}
