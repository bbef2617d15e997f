package dev.aura.plugins.automation.ui.runs;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.FlowVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real core (H2 in a temp folder, task runner) with this plugin's schema, the real automation services on it, and
 * a recording notifier and link opener. The fake Ollama only gives the core a model server to talk to.
 */
final class RunsUiFixture implements AutoCloseable {
    final FakeOllamaServer ollama = new FakeOllamaServer();
    final AuraCore core;
    final AutomationServices services;
    final Messages messages;
    final List<String> notifications = new CopyOnWriteArrayList<>();
    final List<String> opened = new CopyOnWriteArrayList<>();

    RunsUiFixture(Path dir, Locale locale) {
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                ollama.url().toString(), Map.of(), true));
        core.store().migrate(AutomationSchema.MIGRATIONS);
        PluginDescriptor descriptor = new PluginDescriptor("automation", "Automation", "0.1.0",
                PluginDescriptor.SPI_VERSION, "fth-git-branch", 35);
        CorePluginContext context = new CorePluginContext(core, descriptor,
                (level, title, text) -> notifications.add(title + ": " + text), locale, true, opened::add);
        messages = Messages.load(locale);
        services = AutomationServices.create(context);
    }

    FlowVersion save(Workflow workflow) {
        return save(null, workflow);
    }

    FlowVersion save(String flowId, Workflow workflow) {
        return services.save(flowId, workflow, "test");
    }

    /** Confirms the workflow's permissions, as the dialog's Allow does, so a test can skip the dialog. */
    FlowVersion saveConfirmed(Workflow workflow) {
        FlowVersion saved = save(workflow);
        services.runs().confirmPermissions(saved.flowId());
        return saved;
    }

    static Workflow workflow(String name, Map<String, String> variables, Permissions permissions, Step... steps) {
        return new Workflow(name, "", variables, List.of(steps), List.of(new Trigger.Manual()), permissions);
    }

    static Permissions loopback() {
        return new Permissions(List.of(), List.of("127.0.0.1"), List.of(), false);
    }

    static Step http(String id, String url) {
        return Step.of(id, new StepType.Http("GET", url, Map.of(), null, Duration.ofSeconds(30)));
    }

    static Step transform(String id, String template) {
        return Step.of(id, new StepType.Transform(template, null, null));
    }

    static Step pick(String id, String jsonPath, String source) {
        return Step.of(id, new StepType.Transform(null, jsonPath, source));
    }

    static Step read(String id, String path) {
        return Step.of(id, new StepType.Files(FileOperation.READ, path, null, null));
    }

    static Step delay(String id, Duration duration) {
        return Step.of(id, new StepType.Delay(duration));
    }

    static Step approval(String id, String message) {
        return Step.of(id, new StepType.Approval(message));
    }

    @Override
    public void close() {
        services.close();
        core.close();
        ollama.close();
    }
}
