package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.yaml.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordamp.ikonli.feather.Feather;

/** The eleven step types as the editor offers them: a name key, an icon, a new blank step, a one-line summary. */
public enum StepKind {
    PROMPT(Feather.MESSAGE_SQUARE, "prompt"),
    HTTP(Feather.GLOBE, "fetch"),
    FILES(Feather.FILE_TEXT, "file"),
    TRANSFORM(Feather.SHUFFLE, "transform"),
    CONDITION(Feather.GIT_BRANCH, "check"),
    FOR_EACH(Feather.REPEAT, "each"),
    DELAY(Feather.CLOCK, "wait"),
    RUN_WORKFLOW(Feather.LAYERS, "subflow"),
    NOTIFY(Feather.BELL, "notify"),
    APPROVAL(Feather.USER_CHECK, "approve"),
    SHELL(Feather.TERMINAL, "command");

    private final Feather icon;
    private final String idBase;

    StepKind(Feather icon, String idBase) {
        this.icon = icon;
        this.idBase = idBase;
    }

    public Feather icon() {
        return icon;
    }

    /** The id a new step of this kind starts with (made unique by the editor). */
    public String idBase() {
        return idBase;
    }

    /** The message key of the kind's name. */
    public String nameKey() {
        return "editor.type." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    public static StepKind of(StepType type) {
        return switch (type) {
            case StepType.Prompt p -> PROMPT;
            case StepType.Http h -> HTTP;
            case StepType.Files f -> FILES;
            case StepType.Transform t -> TRANSFORM;
            case StepType.Condition c -> CONDITION;
            case StepType.ForEach f -> FOR_EACH;
            case StepType.Delay d -> DELAY;
            case StepType.RunWorkflow r -> RUN_WORKFLOW;
            case StepType.Notify n -> NOTIFY;
            case StepType.Approval a -> APPROVAL;
            case StepType.Shell s -> SHELL;
        };
    }

    /** A new step of this kind with empty fields (validation then says what to fill in). */
    public StepType blank() {
        return switch (this) {
            case PROMPT -> new StepType.Prompt("", null, "", Map.of(), false, null);
            case HTTP -> new StepType.Http("GET", "", Map.of(), null, null);
            case FILES -> new StepType.Files(FileOperation.READ, "", null, null);
            case TRANSFORM -> new StepType.Transform("", null, null);
            case CONDITION -> new StepType.Condition("", List.of(), List.of());
            case FOR_EACH -> new StepType.ForEach("", List.of(), 1);
            case DELAY -> new StepType.Delay(Duration.ofSeconds(30));
            case RUN_WORKFLOW -> new StepType.RunWorkflow("", Map.of());
            case NOTIFY -> new StepType.Notify("", "");
            case APPROVAL -> new StepType.Approval("");
            case SHELL -> new StepType.Shell("", List.of());
        };
    }

    /** What the step does in a few words, from its own fields (a URL, a path, a message...). */
    public static String summary(StepType type) {
        String text = switch (type) {
            case StepType.Prompt p -> p.cardLabel() != null && !p.cardLabel().isBlank()
                    ? "card " + p.cardLabel() + model(p.model()) : firstLine(p.template()) + model(p.model());
            case StepType.Http h -> h.method() + " " + nz(h.url());
            case StepType.Files f -> (f.operation() == null ? "" : f.operation().name().toLowerCase(Locale.ROOT))
                    + " " + nz(f.path()) + (f.target() == null || f.target().isBlank() ? "" : " → " + f.target());
            case StepType.Transform t -> t.jsonPath() != null && !t.jsonPath().isBlank()
                    ? t.jsonPath() + (t.source() == null ? "" : " of " + t.source()) : firstLine(t.template());
            case StepType.Condition c -> "if " + nz(c.expression());
            case StepType.ForEach f -> "each of " + nz(f.items());
            case StepType.Delay d -> d.duration() == null ? "" : Durations.format(d.duration());
            case StepType.RunWorkflow r -> nz(r.workflow());
            case StepType.Notify n -> n.title() == null || n.title().isBlank() ? firstLine(n.message())
                    : n.title() + ": " + firstLine(n.message());
            case StepType.Approval a -> firstLine(a.message());
            case StepType.Shell s -> (nz(s.executable()) + " " + String.join(" ", s.args())).strip();
        };
        return text.strip();
    }

    private static String model(String model) {
        return model == null || model.isBlank() ? "" : " · " + model;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
