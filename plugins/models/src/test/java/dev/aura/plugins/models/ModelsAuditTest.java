package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.audit.AuditEntry;
import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.PullScript;
import dev.aura.plugins.api.CorePluginContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A finished pull and a deletion through the plugin's own command land in the real audit log; failures do not. */
class ModelsAuditTest {
    @TempDir
    Path dir;

    private final FakeOllamaServer ollama = new FakeOllamaServer()
            .pullScript(new PullScript(List.of(2_000L), 2, Duration.ZERO, -1));
    private AuraCore core;
    private ModelsPlugin plugin;

    @BeforeEach
    void start() {
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.toString(), ollama.url().toString(), Map.of(),
                false));
        plugin = new ModelsPlugin();
        plugin.start(new CorePluginContext(core, plugin.descriptor(), (level, title, text) -> {}, Locale.ENGLISH,
                false));
    }

    @AfterEach
    void stop() {
        plugin.stop();
        core.close();
        ollama.close();
    }

    @Test
    void aFinishedPullAndADeletionAreAudited() {
        ollama.publish(FakeModel.named("llama3.2"));
        ollama.addModel("gemma3");

        assertThat(models("pull", "llama3.2")).isZero();
        assertThat(models("rm", "gemma3")).isZero();

        List<AuditEntry> entries = core.audit().page(Long.MAX_VALUE, 10).reversed();
        assertThat(entries).extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::via).containsExactly(
                org.assertj.core.groups.Tuple.tuple("model.pulled", "llama3.2", "cli"),
                org.assertj.core.groups.Tuple.tuple("model.deleted", "gemma3", "cli"));
        assertThat(core.audit().verify().intact()).isTrue();
    }

    @Test
    void aFailedPullOrDeletionIsNotAudited() {
        assertThat(models("pull", "nope")).isNotZero();
        assertThat(models("rm", "nope")).isNotZero();

        assertThat(core.audit().count()).isZero();
    }

    private int models(String... args) {
        CommandLine cli = new CommandLine(plugin.cliCommands().getFirst());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }
}
