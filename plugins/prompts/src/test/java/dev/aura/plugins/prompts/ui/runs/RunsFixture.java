package dev.aura.plugins.prompts.ui.runs;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.usage.ModelPrice;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real core (H2, task runner, gateway, settings) on a fake Ollama with two installed models, the plugin's real card
 * and run stores ({@link PromptsStoreFixture}) and the services the Runs tab uses.
 */
final class RunsFixture implements AutoCloseable {
    static final String LLAMA = "llama3.2";
    static final String QWEN = "qwen2.5:7b";

    final FakeOllamaServer ollama = new FakeOllamaServer();
    final AuraCore core;
    final PromptsStoreFixture db;
    final PromptsServices services;
    final Messages messages;
    final List<String> notifications = new CopyOnWriteArrayList<>();

    RunsFixture(Path dir, Locale locale) {
        ollama.addModel(LLAMA).addModel(QWEN);
        ollama.chatScript(dev.aura.core.testing.ChatScript.answer("The capital", " is", " Paris."));
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                ollama.url().toString(), Map.of(), true));
        core.prices().put(new ModelPrice(LLAMA, 0.5, 1.5, null));
        db = PromptsStoreFixture.open(dir.resolve("prompts"));
        PluginDescriptor descriptor = new PluginDescriptor("prompts", "Prompt Cards", "0.1.0",
                PluginDescriptor.SPI_VERSION, "fth-clipboard", 30);
        CorePluginContext context = new CorePluginContext(core, descriptor,
                (level, title, text) -> notifications.add(level + ": " + title + ": " + text), locale, true);
        messages = Messages.load(locale);
        // what the run dialog saves when a card has llm-rubric tests; runs build their graders from it
        context.settings().put(PromptsServices.GRADER_MODEL, QWEN);
        services = new PromptsServices(context, db.cards(), db.runs(), Clock.systemUTC());
    }

    RunsFixture(Path dir) {
        this(dir, Locale.ENGLISH);
    }

    /**
     * "Capitals": two variants x the card's model llama3.2, three tests. With the default answer ("The capital is
     * Paris.") france passes, spain and italy fail.
     */
    static CardContent capitals() {
        List<TestDef> tests = List.of(
                new TestDef("france", Map.of("country", "France"), List.of(AssertionSpec.of("contains", "Paris")),
                        null),
                new TestDef("spain", Map.of("country", "Spain"), List.of(AssertionSpec.of("contains", "Madrid"),
                        AssertionSpec.of("javascript", "output.length > 3")), null),
                new TestDef("italy", Map.of("country", "Italy"), List.of(AssertionSpec.of("icontains", "rome")),
                        null));
        return new CardContent("Capitals", "Names capitals", List.of("geo"), List.of(
                new PromptVariant("plain", "Capital of {{ country }}?"),
                new PromptVariant("short", "Name the capital of {{ country }} in one word.")), null, List.of(LLAMA),
                Map.of("temperature", 0.1), tests, TestDef.empty());
    }

    CardVersion create(CardContent content) {
        return db.cards().create(content, null);
    }

    @Override
    public void close() {
        core.close();
        db.close();
        ollama.close();
    }
}
