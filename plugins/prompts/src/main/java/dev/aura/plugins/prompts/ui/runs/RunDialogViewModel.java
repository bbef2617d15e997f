package dev.aura.plugins.prompts.ui.runs;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.settings.Settings;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run dialog: which models to run on (installed ones, loaded in the background, the card's pre-checked or the
 * last choice for this card), the concurrency, and the grading models when the card's tests need them. Choices are
 * remembered in the plugin's settings. UI thread only.
 */
public final class RunDialogViewModel {
    static final String MODELS_KEY = "runs.models.";
    static final String CONCURRENCY_KEY = "runs.concurrency";
    static final int DEFAULT_CONCURRENCY = 4;
    public static final int MAX_CONCURRENCY = 16;

    private final PromptsServices services;
    private final Background background;
    private final Messages messages;
    private final CardVersion version;
    private final Settings settings;
    private final ObservableList<ModelChoice> models = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.checkedProperty()});
    private final ObservableList<String> installed = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final IntegerProperty concurrency = new SimpleIntegerProperty();
    private final ObjectProperty<String> graderModel = new SimpleObjectProperty<>();
    private final ObjectProperty<String> embeddingModel = new SimpleObjectProperty<>();
    private final BooleanBinding anyChecked;

    public RunDialogViewModel(PromptsServices services, Background background, Messages messages,
            CardVersion version) {
        this.services = services;
        this.background = background;
        this.messages = messages;
        this.version = version;
        this.settings = services.context().settings();
        concurrency.set(Math.clamp(settings.getInt(CONCURRENCY_KEY, DEFAULT_CONCURRENCY), 1, MAX_CONCURRENCY));
        graderModel.set(settings.get(PromptsServices.GRADER_MODEL).orElse(null));
        embeddingModel.set(settings.get(PromptsServices.EMBEDDING_MODEL).orElse(null));
        anyChecked = Bindings.createBooleanBinding(() -> models.stream().anyMatch(ModelChoice::checked), models);
    }

    /** Lists the installed models; without Ollama the card's models are offered and the problem is shown. */
    public void load() {
        loading.set(true);
        problem.set("");
        background.run(messages.text("runs.job.models"),
                job -> services.context().models().list().stream().map(InstalledModel::name).toList(), names -> {
                    loading.set(false);
                    fill(names, true);
                }, failure -> {
                    loading.set(false);
                    problem.set(messages.text("runs.dialog.modelsFailed", Background.describe(failure)));
                    fill(List.of(), false);
                });
    }

    private void fill(List<String> names, boolean reachable) {
        Set<String> wanted = new LinkedHashSet<>(remembered());
        if (wanted.isEmpty()) {
            wanted.addAll(version.content().models());
        }
        List<String> known = Stream.concat(version.content().models().stream(), wanted.stream()).distinct().toList();
        List<ModelChoice> choices = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (String installedName : names) {
            // the card's spelling wins ("llama3.2" for "llama3.2:latest"), so runs of both compare cell by cell
            String name = known.stream().filter(k -> sameModel(k, installedName)).findFirst().orElse(installedName);
            if (listed.add(name)) {
                choices.add(new ModelChoice(name, true, wanted.contains(name)));
            }
        }
        // a card model Ollama lacks stays visible (checked if it was), so the run shows the engine's error for it
        for (String name : known) {
            if (listed.add(name)) {
                choices.add(new ModelChoice(name, !reachable, wanted.contains(name)));
            }
        }
        installed.setAll(names);
        models.setAll(choices);
    }

    /** Ollama names a model without a tag as its ":latest". */
    static boolean sameModel(String a, String b) {
        return untagged(a).equals(untagged(b));
    }

    private static String untagged(String name) {
        return name.endsWith(":latest") ? name.substring(0, name.length() - ":latest".length()) : name;
    }

    private List<String> remembered() {
        return settings.get(MODELS_KEY + version.cardId()).map(v -> Arrays.stream(v.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    /** The checked models, and remembers this choice, the concurrency and the grading models. */
    public List<String> confirm() {
        List<String> chosen = chosen();
        settings.put(MODELS_KEY + version.cardId(), String.join(",", chosen));
        settings.putInt(CONCURRENCY_KEY, concurrency.get());
        remember(PromptsServices.GRADER_MODEL, needsGrader() ? graderModel.get() : null);
        remember(PromptsServices.EMBEDDING_MODEL, needsEmbedding() ? embeddingModel.get() : null);
        return chosen;
    }

    private void remember(String key, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(key, value);
        }
    }

    public List<String> chosen() {
        return models.stream().filter(ModelChoice::checked).map(ModelChoice::name).toList();
    }

    /** True when a test (or the default test) has an llm-rubric assertion. */
    public boolean needsGrader() {
        return uses(version.content(), "llm-rubric");
    }

    /** True when a test (or the default test) has a similar assertion. */
    public boolean needsEmbedding() {
        return uses(version.content(), "similar");
    }

    static boolean uses(CardContent content, String type) {
        return Stream.concat(Stream.of(content.defaultTest()), content.tests().stream())
                .map(TestDef::asserts).flatMap(List::stream).map(AssertionSpec::type).anyMatch(type::equals);
    }

    public CardVersion version() { return version; }
    public ObservableList<ModelChoice> models() { return models; }
    public ObservableList<String> installed() { return installed; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public IntegerProperty concurrencyProperty() { return concurrency; }
    public ObjectProperty<String> graderModelProperty() { return graderModel; }
    public ObjectProperty<String> embeddingModelProperty() { return embeddingModel; }
    public BooleanBinding anyCheckedBinding() { return anyChecked; }
}
