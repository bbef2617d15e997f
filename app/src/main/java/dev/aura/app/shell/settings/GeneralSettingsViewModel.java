package dev.aura.app.shell.settings;

import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaHealth;
import dev.aura.core.settings.Settings;
import dev.aura.core.tasks.TaskRunner;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → General: language (saved at once, applied when the window reopens) and the Ollama URL with its
 * connection test, which runs on the task runner and reports back through the FX executor.
 */
public final class GeneralSettingsViewModel {
    public static final String OLLAMA_URL_KEY = "ollama.url";

    public enum TestState { IDLE, TESTING, SUCCEEDED, FAILED }

    private final Settings settings;
    private final OllamaConnection connection;
    private final ModelCatalog catalog;
    private final OllamaHealth health;
    private final TaskRunner tasks;
    private final Executor fx;
    private final ShellMessages messages;
    private final UiLanguage windowLanguage;
    private final ObjectProperty<UiLanguage> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyBooleanWrapper restartNeeded = new ReadOnlyBooleanWrapper(this, "restartNeeded");
    private final StringProperty ollamaUrl = new SimpleStringProperty(this, "ollamaUrl");
    private final ReadOnlyObjectWrapper<TestState> testState = new ReadOnlyObjectWrapper<>(this, "testState", TestState.IDLE);
    private BiConsumer<String, String> onUrlSaved = (a, b) -> {};
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper(this, "testMessage", "");

    public GeneralSettingsViewModel(Settings settings, OllamaConnection connection, ModelCatalog catalog,
            OllamaHealth health, TaskRunner tasks, Executor fx, ShellMessages messages, UiLanguage windowLanguage) {
        this.settings = settings;
        this.connection = connection;
        this.catalog = catalog;
        this.health = health;
        this.tasks = tasks;
        this.fx = fx;
        this.messages = messages;
        this.windowLanguage = windowLanguage;
        language.set(UiLanguage.current(settings));
        restartNeeded.set(language.get() != windowLanguage);
        language.addListener((obs, old, now) -> {
            if (now != null) {
                now.save(settings);
                restartNeeded.set(now != windowLanguage);
            }
        });
        ollamaUrl.set(connection.baseUri().toString());
    }

    public ObjectProperty<UiLanguage> languageProperty() {
        return language;
    }

    /** True when the chosen language differs from the one the window was built in. */
    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded.getReadOnlyProperty();
    }

    public StringProperty ollamaUrlProperty() {
        return ollamaUrl;
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return testState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testMessageProperty() {
        return testMessage.getReadOnlyProperty();
    }

    /**
     * Saves and applies the URL, then asks Ollama for its version in the background. An address that cannot be
     * parsed fails at once and changes nothing.
     */
    public void testConnection() {
        URI uri;
        try {
            uri = parse(ollamaUrl.get());
        } catch (IllegalArgumentException e) {
            testState.set(TestState.FAILED);
            testMessage.set(messages.get("settings.url.invalid"));
            return;
        }
        ollamaUrl.set(uri.toString());
        URI previous = connection.baseUri();
        connection.setBaseUri(uri);
        settings.put(OLLAMA_URL_KEY, uri.toString());
        onUrlSaved.accept(withoutUserInfo(previous), withoutUserInfo(uri));
        testState.set(TestState.TESTING);
        testMessage.set(messages.get("settings.test.running"));
        tasks.submit(messages.get("settings.test"), ctx -> catalog.version()).result().whenComplete((version, error) ->
                fx.execute(() -> {
                    if (error == null) {
                        testState.set(TestState.SUCCEEDED);
                        testMessage.set(messages.format("settings.test.ok", version));
                    } else {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        testState.set(TestState.FAILED);
                        testMessage.set(messages.format("settings.test.failed", describe(cause)));
                    }
                    health.checkNow();
                }));
    }

    /** Told the previous and the saved address (without any user:password part) each time the URL is saved. */
    public void setOnUrlSaved(BiConsumer<String, String> listener) {
        this.onUrlSaved = listener == null ? (a, b) -> {} : listener;
    }

    private static String withoutUserInfo(URI uri) {
        if (uri == null) {
            return null;
        }
        return uri.getUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getRawUserInfo() + "@", "");
    }

    static URI parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        URI uri = OllamaConnection.resolve(text.strip(), Map.of(), null);
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("not http: " + text);
        }
        return uri;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
