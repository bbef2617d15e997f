package dev.aura.app.cli;

import dev.aura.app.AuraVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root `aura` command. Without a subcommand the launcher opens the window instead of coming here. */
@Command(
        name = "aura",
        mixinStandardHelpOptions = true,
        versionProvider = AuraCommand.Version.class,
        description = "Aura Workstation: local AI models, prompts and workflows.%nWithout a command, opens the window.",
        subcommandsRepeatable = false)
public final class AuraCommand implements Runnable {

    // Both are read earlier by GlobalOptions.scan; declared here so picocli accepts and documents them everywhere.
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Profile folder for settings, database and plugins (also AURA_HOME).")
    String dataDir;

    @Option(names = "--ollama-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Ollama base URL (also OLLAMA_HOST). Default: http://127.0.0.1:11434")
    String ollamaUrl;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "Aura Workstation " + AuraVersion.get(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
