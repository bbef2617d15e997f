package dev.aura.plugins.automation.steps;

import static dev.aura.plugins.automation.engine.RunnerFixture.START;
import static dev.aura.plugins.automation.engine.RunnerFixture.runner;
import static dev.aura.plugins.automation.engine.RunnerFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.engine.ManualScheduler;
import dev.aura.plugins.automation.engine.RunListener;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesStepTest {
    @TempDir
    Path temp;

    private Path granted;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        granted = Files.createDirectories(temp.resolve("granted"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
    }

    private RunRecord run(Step... steps) {
        Permissions permissions = new Permissions(List.of(granted), List.of(), List.of(), false);
        return runner(new ManualScheduler(START)).run(workflow(permissions, Map.of("name", "notes"), steps), Map.of(),
                RunListener.NONE);
    }

    private static Step files(String id, FileOperation op, String path, String target, String content) {
        return Step.of(id, new StepType.Files(op, path, target, content));
    }

    private String errorOf(Step step) {
        RunRecord run = run(step);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        return run.step(step.id()).orElseThrow().error();
    }

    @Test
    void writeAppendReadListAndMoveWorkInsideTheGrantedFolder() {
        RunRecord run = run(
                files("write", FileOperation.WRITE, "{{ vars.name }}/a.txt", null, "one"),
                files("append", FileOperation.APPEND, "notes/a.txt", null, " two"),
                files("read", FileOperation.READ, "notes/a.txt", null, null),
                files("move", FileOperation.MOVE, "notes/a.txt", "notes/b.txt", null),
                files("list", FileOperation.LIST, "notes", null, null));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("read").orElseThrow().output()).containsEntry("text", "one two");
        assertThat(run.step("list").orElseThrow().output()).containsEntry("json", List.of("b.txt"));
        assertThat(granted.resolve("notes/b.txt")).hasContent("one two");
    }

    @Test
    void absolutePathInsideTheGrantedFolderIsAllowed() {
        RunRecord run = run(files("write", FileOperation.WRITE, granted.resolve("x.txt").toString(), null, "x"));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(granted.resolve("x.txt")).hasContent("x");
    }

    @Test
    void dotDotSegmentsAreRefused() {
        assertThat(errorOf(files("read", FileOperation.READ, "../outside/secret.txt", null, null)))
                .contains("uses '..'");
    }

    @Test
    void dotDotInsideAnAbsolutePathIsRefused() {
        String sneaky = granted + "/../outside/secret.txt";
        assertThat(errorOf(files("read", FileOperation.READ, sneaky, null, null))).contains("uses '..'");
    }

    @Test
    void absolutePathOutsideTheGrantedFoldersIsRefused() {
        assertThat(errorOf(files("read", FileOperation.READ, outside.resolve("secret.txt").toString(), null, null)))
                .contains("outside the folders this workflow may use");
    }

    @Test
    void symlinkedFilePointingOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(granted.resolve("link.txt"), outside.resolve("secret.txt"));

        assertThat(errorOf(files("read", FileOperation.READ, "link.txt", null, null)))
                .contains("outside the folders this workflow may use");
    }

    @Test
    void writingThroughASymlinkedFolderPointingOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(granted.resolve("escape"), outside);

        assertThat(errorOf(files("write", FileOperation.WRITE, "escape/new.txt", null, "x")))
                .contains("outside the folders this workflow may use");
        assertThat(outside.resolve("new.txt")).doesNotExist();
    }

    @Test
    void movingAFileOutOfTheGrantedFolderIsRefused() throws IOException {
        Files.writeString(granted.resolve("keep.txt"), "keep");

        assertThat(errorOf(files("move", FileOperation.MOVE, "keep.txt", outside.resolve("keep.txt").toString(), null)))
                .contains("outside the folders this workflow may use");
        assertThat(granted.resolve("keep.txt")).exists();
    }

    @Test
    void workflowWithoutGrantedFoldersCannotTouchFiles() {
        RunRecord run = runner(new ManualScheduler(START)).run(workflow(
                files("read", FileOperation.READ, outside.resolve("secret.txt").toString(), null, null)), Map.of(),
                RunListener.NONE);

        assertThat(run.step("read").orElseThrow().error()).contains("no granted folders");
    }

    @Test
    void readingAMissingFileSaysWhichFile() {
        assertThat(errorOf(files("read", FileOperation.READ, "nope.txt", null, null)))
                .contains("nope.txt").contains("does not exist");
    }
}
