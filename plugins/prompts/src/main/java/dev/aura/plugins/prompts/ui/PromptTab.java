package dev.aura.plugins.prompts.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Prompt tab: title, description, tags, system prompt, default model and parameters on the left; the variants as
 * sub-tabs (add, rename, remove), each a {@link TemplateEditor} with its preview, on the right.
 */
final class PromptTab {
    static final List<String> PARAMETERS = List.of("temperature", "top_p", "num_ctx", "seed", "num_predict");
    private static final List<String> INTEGER_PARAMETERS = List.of("num_ctx", "seed", "num_predict");

    private final CardEditorViewModel vm;
    private final Messages messages;
    private final PromptTemplates templates;
    private final ObservableList<String> installedModels;
    private final Dialogs dialogs;
    private final SplitPane root = new SplitPane();
    private final VBox form = new VBox(12);
    private final TabPane variants = new TabPane();
    private final List<TemplateEditor> editors = new ArrayList<>();

    PromptTab(CardEditorViewModel vm, Messages messages, PromptTemplates templates,
            ObservableList<String> installedModels, Dialogs dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.templates = templates;
        this.installedModels = installedModels;
        this.dialogs = dialogs;
        form.setPadding(new Insets(12));
        form.getStyleClass().add("card-form");
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setMinWidth(260);
        variants.setId("variant-tabs");
        variants.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Button add = new Button(null, new FontIcon(Feather.PLUS));
        add.setId("add-variant");
        add.setTooltip(new Tooltip(messages.text("cards.variants.add")));
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        add.setOnAction(e -> addVariant());
        Button rename = new Button(null, new FontIcon(Feather.EDIT_2));
        rename.setId("rename-variant");
        rename.setTooltip(new Tooltip(messages.text("cards.variants.rename")));
        rename.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        rename.setOnAction(e -> renameVariant());
        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.setId("remove-variant");
        remove.setTooltip(new Tooltip(messages.text("cards.variants.remove")));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> removeVariant());
        Label heading = new Label(messages.text("cards.variants.title"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox variantBar = new HBox(4, heading, gap, add, rename, remove);
        variantBar.setAlignment(Pos.CENTER_LEFT);
        Label variantsProblem = Fields.problem(vm.problems(), "variants");
        VBox right = new VBox(6, variantBar, variantsProblem, variants);
        right.setPadding(new Insets(12));
        VBox.setVgrow(variants, Priority.ALWAYS);
        root.getItems().addAll(formScroll, right);
        root.setDividerPositions(0.36);
        root.setId("prompt-tab");
        vm.draftProperty().addListener((o, a, b) -> {
            if (a != null && b != null && !a.tests().equals(b.tests()) || a != null && b != null
                    && !a.defaultTest().equals(b.defaultTest())) {
                editors.forEach(TemplateEditor::refreshTests);
            }
        });
        rebuild();
    }

    SplitPane root() {
        return root;
    }

    /** Fields filled from the draft again (a load, discard or restore). */
    void rebuild() {
        form.getChildren().clear();
        CardContent c = vm.draft();
        if (c == null) {
            variants.getTabs().clear();
            editors.clear();
            return;
        }
        TextField title = new TextField(c.title());
        title.setId("card-title");
        title.textProperty().addListener((o, a, b) -> vm.update(d -> d.withTitle(b)));
        TextArea description = new TextArea(c.description());
        description.setId("card-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().addListener((o, a, b) -> vm.update(d -> Drafts.description(d, b)));
        TextField tags = new TextField(String.join(", ", c.tags()));
        tags.setId("card-tags");
        tags.setPromptText(messages.text("cards.prompt.tagsHint"));
        tags.textProperty().addListener((o, a, b) -> vm.update(d -> Drafts.tags(d, splitTags(b))));
        TextArea system = new TextArea(c.systemPrompt() == null ? "" : c.systemPrompt());
        system.setId("card-system");
        system.setPrefRowCount(4);
        system.setWrapText(true);
        system.setPromptText(messages.text("cards.prompt.systemHint"));
        system.textProperty().addListener((o, a, b) -> vm.update(d -> Drafts.systemPrompt(d, b)));
        ComboBox<String> model = new ComboBox<>(installedModels);
        model.setId("card-model");
        model.setEditable(true);
        model.setMaxWidth(Double.MAX_VALUE);
        model.setPromptText(messages.text("cards.prompt.modelHint"));
        model.setValue(c.defaultModel());
        model.valueProperty().addListener((o, a, b) -> vm.update(d -> Drafts.defaultModel(d, b)));

        form.getChildren().addAll(
                Fields.captioned(messages.text("cards.prompt.title"), new VBox(4, title,
                        Fields.problem(vm.problems(), "title"))),
                Fields.captioned(messages.text("cards.prompt.description"), description),
                Fields.captioned(messages.text("cards.prompt.tags"), tags),
                Fields.captioned(messages.text("cards.prompt.system"), system),
                Fields.captioned(messages.text("cards.prompt.model"), model),
                parameters(c));
        rebuildVariants(0);
    }

    private Region parameters(CardContent c) {
        GridPane grid = new GridPane(8, 6);
        grid.setId("card-parameters");
        int row = 0;
        for (String name : PARAMETERS) {
            boolean integer = INTEGER_PARAMETERS.contains(name);
            TextField field = new TextField(Fields.text(c.parameters(), name));
            field.setId("param-" + name);
            field.setPrefColumnCount(8);
            Fields.number(field, messages, "param." + name, integer, vm::setInputProblem,
                    value -> vm.update(d -> Drafts.parameter(d, name, value)));
            Label caption = new Label(name);
            caption.getStyleClass().add("param-name");
            grid.addRow(row++, caption, field);
            grid.add(Fields.problem(vm.problems(), "param." + name), 1, row++);
        }
        return Fields.captioned(messages.text("cards.prompt.parameters"), grid);
    }

    private void rebuildVariants(int select) {
        variants.getTabs().clear();
        editors.clear();
        List<PromptVariant> list = vm.draft().variants();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            TemplateEditor editor = new TemplateEditor("template-" + i, list.get(i).template(), messages, templates,
                    vm::draft, text -> vm.update(d -> withTemplate(d, index, text)));
            editors.add(editor);
            Tab tab = new Tab(list.get(i).label(), editor.root());
            tab.setId("variant-" + i);
            variants.getTabs().add(tab);
        }
        if (!variants.getTabs().isEmpty()) {
            variants.getSelectionModel().select(Math.min(select, variants.getTabs().size() - 1));
        }
    }

    private static CardContent withTemplate(CardContent d, int index, String text) {
        List<PromptVariant> list = new ArrayList<>(d.variants());
        list.set(index, new PromptVariant(list.get(index).label(), text));
        return d.withVariants(list);
    }

    private void addVariant() {
        List<PromptVariant> list = new ArrayList<>(vm.draft().variants());
        String name = nextName(list);
        String template = list.isEmpty() ? "" : list.get(selected()).template();
        list.add(new PromptVariant(name, template));
        vm.update(d -> d.withVariants(list));
        rebuildVariants(list.size() - 1);
    }

    private void renameVariant() {
        if (variants.getTabs().isEmpty()) {
            return;
        }
        int index = selected();
        PromptVariant variant = vm.draft().variants().get(index);
        dialogs.askText(messages.text("cards.variants.rename"), messages.text("cards.variants.name"),
                variant.label()).ifPresent(name -> {
                    List<PromptVariant> list = new ArrayList<>(vm.draft().variants());
                    list.set(index, new PromptVariant(name, variant.template()));
                    vm.update(d -> d.withVariants(list));
                    variants.getTabs().get(index).setText(list.get(index).label());
                });
    }

    private void removeVariant() {
        if (variants.getTabs().isEmpty()) {
            return;
        }
        int index = selected();
        PromptVariant variant = vm.draft().variants().get(index);
        if (!dialogs.confirm(messages.text("cards.variants.removeTitle", variant.label()),
                messages.text("cards.variants.removeText"))) {
            return;
        }
        List<PromptVariant> list = new ArrayList<>(vm.draft().variants());
        list.remove(index);
        vm.update(d -> d.withVariants(list));
        rebuildVariants(index);
    }

    private int selected() {
        return Math.max(0, variants.getSelectionModel().getSelectedIndex());
    }

    static String nextName(List<PromptVariant> existing) {
        for (int i = 0; ; i++) {
            String name = i < 26 ? String.valueOf((char) ('A' + i)) : "V" + (i + 1);
            if (existing.stream().noneMatch(v -> v.label().equals(name))) {
                return name;
            }
        }
    }

    static List<String> splitTags(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    List<TemplateEditor> editors() {
        return editors;
    }
}
