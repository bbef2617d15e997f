package dev.aura.plugins.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.SearchHit;
import dev.aura.plugins.chat.ui.markdown.MarkdownStrings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does in the headless toolkit: ask, watch the answer stream, stop, regenerate, edit, search, retry. */
@ExtendWith(ApplicationExtension.class)
class ChatViewUiTest {
    @TempDir static Path dir;
    private ChatFixture fixture;
    private ChatViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new ChatFixture(dir.resolve(String.valueOf(System.nanoTime())), "llama3.2");
        vm = fixture.viewModel(Platform::runLater, Locale.ENGLISH);
        ChatView view = new ChatView(vm, new MarkdownBodies(url -> {}, MarkdownStrings.load(Locale.ENGLISH)),
                new ChatTexts(vm.messages(), Clock.systemDefaultZone()));
        stage.setScene(new Scene(view.root(), 1100, 720));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void sendingShowsTheAnswerAsItStreamsThenItsFigures(FxRobot robot) throws Exception {
        fixture.ollama.enqueueChat(ChatScript.answer("Here ", "is ", "**bold** ", "text.")
                .withTokenDelay(Duration.ofMillis(400)));
        waitFor(() -> vm.composer().modelProperty().get() != null);

        robot.clickOn("#composer-input").write("Hello?").type(KeyCode.ENTER);

        // the first words show while the rest is still arriving
        waitFor(() -> vm.conversation().isGenerating() && shownText(robot).contains("Here is"));
        waitFor(() -> !vm.conversation().isGenerating());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownText(robot)).contains("bold").contains("text.");
        assertThat(((Label) shown(robot, ".answer-figures")).getText()).startsWith("llama3.2");
        assertThat(robot.lookup("#conversation-list").queryListView().getItems()).hasSize(1);
    }

    @Test
    void aGrowingAnswerStaysInViewUntilTheUserScrollsUp(FxRobot robot) throws Exception {
        String paragraph = "A paragraph long enough to wrap over a line or two in the panel, repeated. ";
        String[] tokens = new String[160];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = i % 4 == 3 ? paragraph + "\n\n" : paragraph;
        }
        fixture.ollama.enqueueChat(ChatScript.answer(tokens).withTokenDelay(Duration.ofMillis(40)));
        waitFor(() -> vm.composer().modelProperty().get() != null);
        robot.clickOn("#composer-input").write("Write a lot").type(KeyCode.ENTER);
        ListView<MessageItem> list = robot.lookup("#message-list").queryListView();
        waitFor(() -> vm.conversation().isGenerating() && answerCell(robot) != null
                && answerCell(robot).getHeight() > list.getHeight() * 1.5);

        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bottomOf(answerCell(robot), list)).as("the end of the answer is in view")
                .isBetween(list.getHeight() - 60, list.getHeight() + 2);

        robot.moveTo(list).scroll(5, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double afterScroll = bottomOf(answerCell(robot), list);
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.conversation().isGenerating()).isTrue();
        assertThat(bottomOf(answerCell(robot), list)).as("reading above: the view is not pulled down")
                .isGreaterThan(list.getHeight() + 40).isGreaterThanOrEqualTo(afterScroll - 1);
        robot.interact(vm.conversation()::stop);
        waitFor(() -> !vm.conversation().isGenerating());
    }

    private static MessageCell answerCell(FxRobot robot) {
        return robot.lookup(".message-cell").match(ChatViewUiTest::onScreen).queryAll().stream()
                .map(MessageCell.class::cast)
                .filter(c -> c.getItem() != null && !c.getItem().isUser())
                .findFirst().orElse(null);
    }

    private static double bottomOf(MessageCell cell, ListView<?> list) {
        return cell.localToScene(0, cell.getHeight()).getY() - list.localToScene(0, 0).getY();
    }

    @Test
    void escapeStopsTheAnswerAndKeepsWhatArrived(FxRobot robot) throws Exception {
        fixture.ollama.enqueueChat(ChatScript.answer("one ", "two ", "three ", "four ", "five ", "six ", "seven")
                .withTokenDelay(Duration.ofMillis(300)));
        waitFor(() -> vm.composer().modelProperty().get() != null);
        robot.clickOn("#composer-input").write("Count").type(KeyCode.ENTER);
        waitFor(() -> shownText(robot).contains("two"));

        robot.type(KeyCode.ESCAPE);

        waitFor(() -> !vm.conversation().isGenerating());
        ChatMessage answer = vm.conversation().items().getLast().message();
        assertThat(answer.status()).isEqualTo(MessageStatus.STOPPED);
        assertThat(answer.content()).startsWith("one two").doesNotContain("seven");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) shown(robot, ".status-stopped")).getText()).isEqualTo("Stopped");
    }

    @Test
    void regeneratingAddsAnAlternativeAndTheArrowsSwitchBetweenThem(FxRobot robot) throws Exception {
        fixture.ollama.enqueueChat(ChatScript.answer("First answer."));
        fixture.ollama.enqueueChat(ChatScript.answer("Second answer."));
        waitFor(() -> vm.composer().modelProperty().get() != null);
        robot.clickOn("#composer-input").write("Tell me").type(KeyCode.ENTER);
        waitFor(() -> !vm.conversation().isGenerating() && shownText(robot).contains("First answer."));

        robot.moveTo(shown(robot, ".answer"));
        robot.clickOn(robot.lookup(".message-action").match(hasTooltip("Regenerate")).queryButton());

        waitFor(() -> shownText(robot).contains("Second answer.") && !vm.conversation().isGenerating());
        waitFor(() -> robot.lookup(".alternative-position").tryQuery().isPresent());
        assertThat(((Label) shown(robot, ".alternative-position")).getText()).isEqualTo("2/2");

        robot.clickOn(shown(robot, ".alternative-previous"));

        waitFor(() -> shownText(robot).contains("First answer."));
        assertThat(((Label) shown(robot, ".alternative-position")).getText()).isEqualTo("1/2");
    }

    @Test
    void editingAQuestionResendsItAsANewBranchAndKeepsTheOldOne(FxRobot robot) throws Exception {
        fixture.ollama.enqueueChat(ChatScript.answer("About cats."));
        fixture.ollama.enqueueChat(ChatScript.answer("About dogs."));
        waitFor(() -> vm.composer().modelProperty().get() != null);
        robot.clickOn("#composer-input").write("Cats?").type(KeyCode.ENTER);
        waitFor(() -> !vm.conversation().isGenerating() && shownText(robot).contains("About cats."));

        robot.moveTo(shown(robot, ".user-bubble"));
        robot.clickOn(robot.lookup(".message-action").match(hasTooltip("Edit and resend")).queryButton());
        waitFor(() -> robot.lookup("#edit-area").match(ChatViewUiTest::onScreen).tryQuery().isPresent());
        robot.clickOn(shown(robot, "#edit-area")).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Dogs?");
        robot.clickOn(shown(robot, "#edit-send"));

        waitFor(() -> !vm.conversation().isGenerating() && shownText(robot).contains("About dogs."));
        assertThat(vm.conversation().items().getFirst().message().content()).isEqualTo("Dogs?");
        assertThat(vm.conversation().items().getFirst().entry().siblingCount()).isEqualTo(2);

        robot.clickOn(shown(robot, ".alternative-previous"));
        waitFor(() -> shownText(robot).contains("About cats."));
        assertThat(vm.conversation().items().getFirst().message().content()).isEqualTo("Cats?");
    }

    @Test
    void searchFindsAMessageAndOpensTheConversationAtIt(FxRobot robot) throws Exception {
        waitFor(() -> vm.composer().modelProperty().get() != null);
        for (int i = 0; i < 12; i++) {
            fixture.ollama.enqueueChat(ChatScript.answer(i == 2 ? "The platypus lays eggs." : "Answer " + i
                    + " with a few words to fill the screen.\n\nAnd a second paragraph."));
            robot.clickOn("#composer-input").write("Question " + i).type(KeyCode.ENTER);
            int expected = 2 * (i + 1);
            waitFor(() -> !vm.conversation().isGenerating() && vm.conversation().items().size() == expected);
        }
        robot.interact(() -> vm.newChat(null));

        robot.clickOn("#chat-search").write("platypus");
        ListView<SearchHit> results = robot.lookup("#search-results").queryListView();
        waitFor(() -> results.getItems().size() == 1);
        robot.clickOn(shown(robot, ".search-hit-cell"));

        waitFor(() -> vm.conversation().items().size() == 24);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<MessageItem> messages = robot.lookup("#message-list").queryListView();
        waitFor(() -> messages.getSelectionModel().getSelectedItem() != null);
        assertThat(messages.getSelectionModel().getSelectedItem().message().content())
                .isEqualTo("The platypus lays eggs.");
        assertThat(robot.lookup(".message-cell").match(Node::isVisible).queryAll().stream()
                .anyMatch(c -> ((MessageCell) c).getItem() != null
                        && ((MessageCell) c).getItem().message().content().contains("platypus")))
                .as("the matching message is on screen").isTrue();
    }

    @Test
    void ollamaDownShowsTheErrorWithRetryWhichAnswersOnceOllamaIsBack(FxRobot robot) throws Exception {
        waitFor(() -> vm.composer().modelProperty().get() != null);
        fixture.ollama.stop();
        robot.clickOn("#composer-input").write("Anyone?").type(KeyCode.ENTER);

        waitFor(() -> !vm.conversation().isGenerating() && robot.lookup(".retry-button").tryQuery().isPresent());
        assertThat(((Label) shown(robot, ".status-failed")).getText()).isEqualTo("Failed");
        assertThat(vm.conversation().items().getLast().message().errorMessage()).isNotBlank();

        fixture.ollama.start();
        fixture.ollama.enqueueChat(ChatScript.answer("I am here."));
        robot.clickOn(shown(robot, ".retry-button"));

        waitFor(() -> !vm.conversation().isGenerating() && shownText(robot).contains("I am here."));
        assertThat(vm.conversation().items().getLast().message().status()).isEqualTo(MessageStatus.COMPLETE);
    }

    private static java.util.function.Predicate<Button> hasTooltip(String text) {
        return b -> b.getTooltip() != null && b.getTooltip().getText().equals(text) && onScreen(b);
    }

    /** The list also lays out cells off screen to measure them; only the one a user sees counts. */
    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).match(ChatViewUiTest::onScreen).query();
    }

    private static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Every text node inside the visible answer bodies, joined. */
    private static String shownText(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        robot.lookup(".answer-body .md-text").queryAll().forEach(n -> {
            if (n instanceof javafx.scene.text.Text t) {
                sb.append(t.getText());
            } else if (n instanceof javafx.scene.control.Labeled l) {
                sb.append(l.getText());
            }
        });
        return sb.toString();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
