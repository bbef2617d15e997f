package dev.aura.plugins.automation.steps;

import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.StepType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Starts an allowed executable directly with its arguments (no shell: no globbing, pipes or variable expansion).
 * Needs the workflow's shell permission, and refuses shell interpreters even when listed, since they would run
 * arbitrary command text. Output: {@code exitCode}, {@code text} (stdout), {@code stderr}, {@code json}.
 */
public final class ShellExecutor implements StepExecutor<StepType.Shell> {
    private static final Set<String> INTERPRETERS = Set.of("sh", "bash", "zsh", "dash", "ksh", "csh", "tcsh", "fish",
            "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh", "pwsh.exe");

    private final StepTemplates templates;

    public ShellExecutor(StepTemplates templates) {
        this.templates = templates;
    }

    @Override
    public StepResult execute(StepType.Shell step, RunContext context) throws InterruptedException {
        String executable = step.executable();
        check(executable, context.permissions());
        List<String> command = new ArrayList<>();
        command.add(executable);
        Map<String, Object> scope = context.scope();
        step.args().forEach(arg -> command.add(templates.render(arg, scope)));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new StepFailure("Could not start " + executable + ": " + e.getMessage()
                    + ". Check that it is installed and on the PATH.", e);
        }
        try {
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            int exit = process.waitFor();
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("exitCode", exit);
            output.put("text", out.join());
            output.put("stderr", err.join());
            JsonValues.parse(out.join()).ifPresent(json -> output.put("json", json));
            if (exit != 0) {
                throw new StepFailure(executable + " exited with code " + exit + ": " + err.join().strip()
                        + ". Check its arguments, or set the step's on-error policy to continue.");
            }
            return new StepResult(Map.of("command", List.copyOf(command)), output);
        } finally {
            // an interrupted (cancelled or timed-out) step must not leave the process running
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static void check(String executable, Permissions permissions) {
        if (!permissions.shellEnabled()) {
            throw new PermissionDenied("Shell steps are off for this workflow. Turn on its shell permission and list"
                    + " the executables it may start.");
        }
        String name = Path.of(executable).getFileName().toString().toLowerCase(Locale.ROOT);
        if (INTERPRETERS.contains(name)) {
            throw new PermissionDenied(executable + " is a shell interpreter, which workflows may not start."
                    + " Call the program you need directly.");
        }
        if (!permissions.executables().contains(executable)) {
            throw new PermissionDenied("This workflow may not start " + executable + " (allowed: "
                    + permissions.executables() + "). Add it to the workflow's allowed executables.");
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete("");
            }
        });
        return text;
    }
}
