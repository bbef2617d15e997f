package dev.aura.plugins.prompts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.api.ui.LineDiff;
import dev.aura.plugins.prompts.cards.CardLabel;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a user does in the panel in the headless toolkit, over the real stores in H2: create a card, write a
 * template, see it highlighted and previewed, add a test, save versions, diff them, label one and restore one.
 */
@ExtendWith(ApplicationExtension.class)
class PromptsViewUiTest {
    private PromptsUiFixture fixture;
    private PromptsUi ui;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void show(FxRobot robot, Path dir) {
        fixture = new PromptsUiFixture(dir, Locale.ENGLISH);
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1280, 860));
            stage.show();
            ui.activate();
        });
    }

    @Test
    void aCardIsWrittenTestedVersionedDiffedLabelledAndRestored(@TempDir Path dir, FxRobot robot) {
        show(robot, dir);
        waitFor(() -> robot.lookup("#cards-empty").query().isVisible());

        robot.clickOn("#empty-new-card");
        waitFor(() -> ui.editorViewModel().saved() != null && selectedTitle(robot).equals("Untitled card"));
        assertThat(ui.editorViewModel().saved().number()).isEqualTo(1);

        CodeArea area = robot.lookup("#template-0").queryAs(CodeArea.class);
        String template = "Hello {{ name }}!{% if vip %} Welcome back.{% endif %}{# greeting #}";
        robot.interact(() -> area.replaceText(template));
        assertThat(area.getStyleOfChar(template.indexOf("name"))).containsExactly(TemplateHighlighter.VARIABLE);
        assertThat(area.getStyleOfChar(template.indexOf("if vip"))).containsExactly(TemplateHighlighter.TAG);
        assertThat(area.getStyleOfChar(template.indexOf("greeting"))).containsExactly(TemplateHighlighter.COMMENT);
        assertThat(area.getStyleOfChar(1)).isEmpty();
        waitFor(() -> text(robot, "#template-0-preview").equals("Hello !"));
        assertThat(label(robot, "#template-0-preview-missing")).contains("name").contains("vip");
        assertThat(robot.lookup("#dirty-marker").query().isVisible()).isTrue();

        robot.clickOn("#tab-tests .tab-label");
        assertThat(robot.lookup("#tests-empty").query().isVisible()).isTrue();
        robot.clickOn("#empty-add-test");
        robot.clickOn("#test-description").write("greets by name");
        robot.clickOn("#add-missing-vars");
        waitFor(() -> robot.lookup("#var-value-0").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#var-value-0").queryAs(TextArea.class).setText("Ada"));
        robot.clickOn("#add-assert");
        robot.interact(() -> robot.lookup("#assert-value-0").queryAs(TextArea.class).setText("Ada"));
        assertThat(ui.editorViewModel().draft().tests().getFirst().vars()).containsEntry("name", "Ada");

        robot.clickOn("#save-card");
        waitFor(() -> ui.editorViewModel().saved().number() == 2 && !ui.editorViewModel().dirty());
        assertThat(ui.editorViewModel().saved().content().tests().getFirst().asserts().getFirst().value())
                .isEqualTo("Ada");

        robot.clickOn("#tab-prompt .tab-label");
        waitFor(() -> text(robot, "#template-0-preview").equals("Hello Ada!"));
        robot.interact(() -> {
            robot.lookup("#card-title").queryAs(TextField.class).setText("Greeting");
            area.replaceText("Hi {{ name }}, nice to see you.");
        });
        robot.clickOn("#card-title").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S);
        try {
            waitFor(() -> ui.editorViewModel().saved().number() == 3);
        } catch (AssertionError e) {
            throw new AssertionError("saved " + ui.editorViewModel().saved().number() + " dirty "
                    + ui.editorViewModel().dirty() + " problems " + ui.editorViewModel().problems() + " state "
                    + ui.editorViewModel().state() + " error " + ui.editorViewModel().errorProperty().get(), e);
        }
        waitFor(() -> selectedTitle(robot).equals("Greeting"));

        robot.clickOn("#tab-versions .tab-label");
        ListView<CardVersion> versions = robot.lookup("#versions-list").queryListView();
        waitFor(() -> versions.getItems().size() == 3);
        waitFor(() -> ui.versionsViewModel().diff().stream().anyMatch(l -> l.kind() == LineDiff.Kind.ADDED
                && l.text().contains("Hi {{ name }}, nice to see you.")));
        robot.interact(() -> robot.lookup("#diff-left").queryAs(ComboBox.class).getSelectionModel().select(2));
        assertThat(ui.versionsViewModel().diff()).anyMatch(l -> l.kind() == LineDiff.Kind.REMOVED
                && l.text().contains("Title: Untitled card"));

        robot.interact(() -> versions.getSelectionModel().select(1)); // version 2
        robot.clickOn("#set-label");
        waitFor(() -> ui.versionsViewModel().labelsOf(2).contains(CardLabel.PRODUCTION));
        String cardId = ui.editorViewModel().saved().cardId();
        assertThat(fixture.services.cards().byLabel(cardId, CardLabel.PRODUCTION)).get()
                .extracting(CardVersion::number).isEqualTo(2);
        assertThat(robot.lookup("#remove-label-production").tryQuery()).isPresent();

        robot.clickOn("#restore-version");
        waitFor(() -> ui.editorViewModel().saved().number() == 4 && versions.getItems().size() == 4);
        assertThat(ui.editorViewModel().draft().variants().getFirst().template()).isEqualTo(template);
        assertThat(versions.getItems().getFirst().note()).contains("2");
    }

    @Test
    void leavingAnEditedCardAsksToSaveDiscardOrStay(@TempDir Path dir, FxRobot robot) {
        fixture = new PromptsUiFixture(dir, Locale.ENGLISH);
        fixture.services.cards().create(PromptsStoreFixture.sampleCard(), null);
        fixture.services.cards().create(PromptsStoreFixture.sampleCard().withTitle("Second card"), null);
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1280, 860));
            stage.show();
        });
        ListView<CardSummary> list = robot.lookup("#card-list").queryListView();
        waitFor(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> ui.editorViewModel().saved() != null);
        String first = ui.editorViewModel().saved().cardId();
        robot.interact(() -> robot.lookup("#card-title").queryAs(TextField.class).setText("Edited"));

        // the question is modal: select without waiting for the FX thread, then answer it
        javafx.application.Platform.runLater(() -> list.getSelectionModel().select(1));
        answer(robot, "Cancel");
        waitFor(() -> list.getSelectionModel().getSelectedIndex() == 0);
        assertThat(ui.editorViewModel().dirty()).isTrue();

        javafx.application.Platform.runLater(() -> list.getSelectionModel().select(1));
        answer(robot, "Discard");
        waitFor(() -> ui.editorViewModel().saved() != null && !ui.editorViewModel().saved().cardId().equals(first));
        assertThat(fixture.services.cards().latest(first).number()).isEqualTo(1);
    }

    @Test
    void aWrongAssertionValueBlocksTheSaveWithTheReasonUnderIt(@TempDir Path dir, FxRobot robot) {
        fixture = new PromptsUiFixture(dir, Locale.ENGLISH);
        CardVersion v1 = fixture.services.cards().create(PromptsStoreFixture.sampleCard(), null);
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1280, 860));
            stage.show();
        });
        ListView<CardSummary> list = robot.lookup("#card-list").queryListView();
        waitFor(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> ui.editorViewModel().saved() != null);
        robot.clickOn("#tab-tests .tab-label");
        ListView<?> tests = robot.lookup("#tests-list").queryListView();
        robot.interact(() -> tests.getSelectionModel().select(1)); // "refund"
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> type = robot.lookup("#assert-type-0").queryAs(ComboBox.class);
            type.setValue("regex");
            robot.lookup("#assert-value-0").queryAs(TextArea.class).setText("(unclosed");
        });
        robot.clickOn("#save-card");
        Label problem = robot.lookup("#problem-test-0-assert-0").queryAs(Label.class);
        waitFor(problem::isVisible);
        assertThat(problem.getText()).startsWith("This is not a valid regular expression");
        assertThat(fixture.services.cards().versions(v1.cardId())).hasSize(1);

        robot.interact(() -> robot.lookup("#assert-value-0").queryAs(TextArea.class).setText("refunds?"));
        waitFor(() -> !problem.isVisible());
        robot.clickOn("#tab-checks .tab-label");
        waitFor(() -> robot.lookup("#findings").queryAs(javafx.scene.layout.VBox.class).getChildren().size() > 0);
        robot.clickOn("#save-card");
        waitFor(() -> ui.editorViewModel().saved().number() == 2);
        assertThat(fixture.services.cards().list("refunds", Set.of())).hasSize(0); // tests are not searched
    }

    @Test
    void searchAndTagFiltersNarrowTheList(@TempDir Path dir, FxRobot robot) {
        fixture = new PromptsUiFixture(dir, Locale.ENGLISH);
        fixture.services.cards().create(PromptsStoreFixture.sampleCard(), null);
        fixture.services.cards().create(new dev.aura.plugins.prompts.cards.CardContent("Haiku writer", "",
                List.of("poetry"), dev.aura.plugins.prompts.cards.CardContent.blank("x").variants(), null, null,
                null, null, null), null);
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1280, 860));
            stage.show();
        });
        ListView<CardSummary> list = robot.lookup("#card-list").queryListView();
        waitFor(() -> list.getItems().size() == 2);
        robot.clickOn("#card-search").write("haiku");
        waitFor(() -> list.getItems().size() == 1 && list.getItems().getFirst().title().equals("Haiku writer"));
        robot.interact(() -> robot.lookup("#card-search").queryAs(TextInputControl.class).clear());
        waitFor(() -> list.getItems().size() == 2);
        robot.clickOn("#tag-filter");
        robot.clickOn(robot.lookup(".context-menu .label").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("support")).queryAs(Node.class));
        waitFor(() -> list.getItems().size() == 1 && list.getItems().getFirst().title().equals("Support reply"));
        assertThat(robot.lookup("#active-tags").query().isVisible()).isTrue();
    }

    /** Clicks {@code button} in the leave question once it shows. */
    private static void answer(FxRobot robot, String button) {
        // a lookup sees the windows open when it is made, so look again until the dialog is there
        java.util.function.Supplier<java.util.Optional<Node>> find = () -> robot.lookup(".dialog-pane .button")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(button)).tryQuery();
        waitFor(() -> find.get().isPresent());
        robot.clickOn(find.get().orElseThrow());
    }

    private static String selectedTitle(FxRobot robot) {
        CardSummary card = robot.lookup("#card-list").<CardSummary>queryListView().getSelectionModel()
                .getSelectedItem();
        return card == null ? "" : card.title();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static String label(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() ? ((Label) node).getText() : "";
    }

    static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
