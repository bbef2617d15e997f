package dev.aura.plugins.automation.steps;

import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.StepType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads, writes, appends, lists and moves files, only inside the workflow's granted folders. */
public final class FilesExecutor implements StepExecutor<StepType.Files> {
    private final StepTemplates templates;

    public FilesExecutor(StepTemplates templates) {
        this.templates = templates;
    }

    @Override
    public StepResult execute(StepType.Files step, RunContext context) {
        if (step.operation() == null || step.path() == null) {
            throw new StepFailure("A files step needs an operation and a path. Fill both in.");
        }
        GrantedFolders folders = new GrantedFolders(context.permissions().folders());
        Map<String, Object> scope = context.scope();
        String rawPath = templates.render(step.path(), scope);
        Path path = folders.resolve(rawPath);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("operation", step.operation().name());
        inputs.put("path", path.toString());
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("path", path.toString());
        try {
            switch (step.operation()) {
                case READ -> {
                    String text = Files.readString(path, StandardCharsets.UTF_8);
                    output.put("text", text);
                    JsonValues.parse(text).ifPresent(json -> output.put("json", json));
                }
                case WRITE, APPEND -> {
                    String content = templates.render(step.content() == null ? "" : step.content(), scope);
                    inputs.put("content", content);
                    Files.createDirectories(path.getParent());
                    StandardOpenOption mode = step.operation() == FileOperation.WRITE
                            ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND;
                    Files.writeString(path, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode);
                    output.put("bytes", content.getBytes(StandardCharsets.UTF_8).length);
                }
                case LIST -> {
                    try (Stream<Path> entries = Files.list(path)) {
                        List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
                        output.put("json", names);
                        output.put("text", String.join("\n", names));
                    }
                }
                case MOVE -> {
                    if (step.target() == null) {
                        throw new StepFailure("A move needs a target path. Fill in 'target'.");
                    }
                    Path target = folders.resolve(templates.render(step.target(), scope));
                    inputs.put("target", target.toString());
                    Files.createDirectories(target.getParent());
                    Files.move(path, target);
                    output.put("path", target.toString());
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StepFailure("The file " + e.getFile() + " does not exist. Check the path or create it first.", e);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new StepFailure("The file " + e.getFile() + " already exists. Choose another target.", e);
        } catch (IOException e) {
            throw new StepFailure("The files step (" + step.operation() + " " + path + ") failed: " + e.getMessage()
                    + ". Check the file's permissions and the disk.", e);
        }
        return new StepResult(inputs, output);
    }
}
