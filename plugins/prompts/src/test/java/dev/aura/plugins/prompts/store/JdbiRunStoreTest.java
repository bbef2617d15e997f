package dev.aura.plugins.prompts.store;

import static dev.aura.plugins.prompts.run.CellResult.Status.CANCELLED;
import static dev.aura.plugins.prompts.run.CellResult.Status.ERROR;
import static dev.aura.plugins.prompts.run.CellResult.Status.FAILED;
import static dev.aura.plugins.prompts.run.CellResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.TestGrade;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.RunStatus;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.history.StoredRun;
import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiRunStoreTest {
    @TempDir
    Path dir;

    PromptsStoreFixture db;

    @BeforeEach
    void open() {
        db = PromptsStoreFixture.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RunSummary saveAt(String cardId, int minutes, List<RunCell> cells) {
        return db.runs().save(cardId, 1, List.of("llama3.2"), 4, PromptsStoreFixture.at(minutes),
                RunStatus.COMPLETED, PromptsStoreFixture.statsOf(cells), cells);
    }

    @Test
    void aRunReadsBackWithEveryCellInOrderAndItsGrades() {
        AssertionSpec rubric = new AssertionSpec("llm-rubric", false, "Thai and polite", 0.7, 2, "tone");
        CellResult graded = new CellResult(1, 1, "ollama:chat:qwen2.5", "qwen2.5", "ตอบคำถาม: สวัสดี",
                "สวัสดีครับ 🙏", new TestGrade(true, 0.85, "ผ่าน", List.of(
                        GradingResult.pass(AssertionSpec.of("icontains", "สวัสดี"), "found"),
                        new GradingResult(rubric, true, 0.7, "Polite enough"))),
                null, 1234, 56, 78, 0.00042, false);
        List<RunCell> cells = List.of(
                PromptsStoreFixture.cell("refund", "A", "llama3.2", PASSED),
                new RunCell("ทักทาย", "concise", graded),
                PromptsStoreFixture.cell("refund", "concise", "llama3.2", FAILED),
                PromptsStoreFixture.cell("greeting", "A", "llama3.2", ERROR),
                PromptsStoreFixture.cell("greeting", "concise", "llama3.2", CANCELLED));
        SuiteResult.Stats stats = new SuiteResult.Stats(2, 1, 1, 1, 80, 146, 226, 4321);

        RunSummary saved = db.runs().save("card-1", 3, List.of("llama3.2", "qwen2.5"), 4,
                PromptsStoreFixture.at(5), RunStatus.CANCELLED, stats, cells);
        StoredRun loaded = db.runs().load(saved.id()).orElseThrow();

        assertThat(loaded.summary()).isEqualTo(saved);
        assertThat(saved).extracting(RunSummary::cardId, RunSummary::cardVersion, RunSummary::durationMs,
                RunSummary::status, RunSummary::concurrency, RunSummary::startedAt)
                .containsExactly("card-1", 3, 4321L, RunStatus.CANCELLED, 4, PromptsStoreFixture.at(5));
        assertThat(saved.models()).containsExactly("llama3.2", "qwen2.5");
        assertThat(loaded.cells()).isEqualTo(cells);
        assertThat(loaded.cells()).extracting(c -> c.result().status())
                .containsExactly(PASSED, PASSED, FAILED, ERROR, CANCELLED);
    }

    @Test
    void largeRunsAreWrittenInSeveralBatchesAndReadInOrder() {
        List<RunCell> cells = new ArrayList<>();
        for (int i = 0; i < RunRows.BATCH * 2 + 37; i++) {
            cells.add(PromptsStoreFixture.cell("test " + i, i % 2 == 0 ? "A" : "B", "llama3.2",
                    i % 3 == 0 ? FAILED : PASSED));
        }

        RunSummary saved = saveAt("card-1", 0, cells);

        assertThat(db.runs().load(saved.id()).orElseThrow().cells()).isEqualTo(cells);
    }

    @Test
    void historyListsTheCardsRunsNewestFirstWithoutCells() {
        RunSummary first = saveAt("card-1", 1, List.of(PromptsStoreFixture.cell("t", "A", "m", FAILED)));
        RunSummary third = saveAt("card-1", 3, List.of(PromptsStoreFixture.cell("t", "A", "m", PASSED)));
        RunSummary second = saveAt("card-1", 2, List.of(PromptsStoreFixture.cell("t", "A", "m", PASSED)));
        saveAt("card-2", 4, List.of());

        assertThat(db.runs().history("card-1", 10)).containsExactly(third, second, first);
        assertThat(db.runs().history("card-1", 2)).containsExactly(third, second);
        assertThat(db.runs().history("card-1", 0)).isEmpty();
        assertThat(db.runs().history("nobody", 10)).isEmpty();
        assertThat(db.runs().history("card-1", 10).getFirst().passRate()).isEqualTo(1.0);
        assertThat(first.passRate()).isZero();
    }

    @Test
    void previousIsTheCardsRunJustBefore() {
        RunSummary first = saveAt("card-1", 1, List.of());
        saveAt("card-2", 2, List.of());
        RunSummary second = saveAt("card-1", 3, List.of());
        RunSummary sameInstant = saveAt("card-1", 3, List.of());

        assertThat(db.runs().previous(sameInstant.id())).contains(second);
        assertThat(db.runs().previous(second.id())).contains(first);
        assertThat(db.runs().previous(first.id())).isEmpty();
        assertThat(db.runs().previous("not-a-run")).isEmpty();
        assertThat(db.runs().load("0190a5b2-0000-7000-8000-000000000000")).isEmpty();
    }

    @Test
    void runsSurviveClosingAndReopeningTheStore() {
        List<RunCell> cells = List.of(PromptsStoreFixture.cell("refund", "A", "llama3.2", PASSED));
        RunSummary saved = db.saveRun("card-1", 1, cells);

        db = db.reopen();

        assertThat(db.runs().load(saved.id()).orElseThrow().cells()).isEqualTo(cells);
        assertThat(db.runs().history("card-1", 5)).containsExactly(saved);
    }

    @Test
    void aRunawayAnswerIsCutWithANoteInsteadOfFailingTheRun() {
        String huge = "ก".repeat(1_200_000);
        AssertionSpec equals = AssertionSpec.of("equals", "short");
        TestGrade grade = new TestGrade(false, 0, "Expected output \"" + huge + "\" to equal \"short\"",
                List.of(GradingResult.fail(equals, "Expected output \"" + huge + "\" to equal \"short\"")));
        CellResult cell = new CellResult(0, 0, "ollama:chat:m", "m", "prompt", huge, grade, null, 10, 1, 2, null,
                false);

        RunSummary saved = saveAt("card-1", 0, List.of(new RunCell("t", "A", cell)));

        CellResult read = db.runs().load(saved.id()).orElseThrow().cells().getFirst().result();
        assertThat(read.output()).hasSizeLessThanOrEqualTo(StoredText.MAX).startsWith("กกกก")
                .endsWith("more characters were not stored]");
        assertThat(read.status()).isEqualTo(FAILED);
        assertThat(read.grade().components()).hasSize(1);
        assertThat(read.grade().components().getFirst().reason()).hasSizeLessThan(5_000)
                .startsWith("Expected output");
    }

    @Test
    void aCellWithoutGradeCostOrOutputStaysThatWay() {
        CellResult bare = new CellResult(0, 0, "ollama:chat:m", "m", null, null, null, "boom", 0, 0, 0, null, false);
        RunSummary saved = saveAt("card-1", 0, List.of(new RunCell("t", "A", bare)));

        CellResult read = db.runs().load(saved.id()).orElseThrow().cells().getFirst().result();

        assertThat(read).isEqualTo(bare);
        assertThat(Map.of("status", read.status())).containsEntry("status", ERROR);
    }
}
