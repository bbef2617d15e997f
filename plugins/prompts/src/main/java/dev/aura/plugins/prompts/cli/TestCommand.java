package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.api.cli.CliJob;
import dev.aura.plugins.api.cli.Interrupts;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfigReader;
import dev.aura.plugins.prompts.promptfoo.PromptfooImportException;
import dev.aura.plugins.prompts.report.ReportFormat;
import dev.aura.plugins.prompts.report.RunReport;
import dev.aura.plugins.prompts.report.SuiteRun;
import dev.aura.plugins.prompts.run.RunListener;
import dev.aura.plugins.prompts.run.RunOptions;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aura cards test PATH... [-j N] [--models a,b] [-o FILE]... [--grader M] [--embedding-model M]}: runs promptfoo
 * configs, folders of them or stored cards, prints the failing cells and a summary, writes the output files. Exit 0
 * when every cell passed, 100 when some failed, 1 on any error (an error cell, a config that cannot be read, an output
 * that cannot be written), 2 on bad usage, 130 on Ctrl+C.
 */
@Command(name = "test", resourceBundle = CardsSubcommand.BUNDLE, description = "${bundle:cli.test.description}")
final class TestCommand extends CardsSubcommand {
    /** promptfoo's default -j (DEFAULT_MAX_CONCURRENCY in its evaluator). */
    static final int DEFAULT_CONCURRENCY = 4;

    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "cli.test.path")
    List<String> paths;

    @Option(names = {"-j", "--max-concurrency"}, paramLabel = "N", descriptionKey = "cli.test.opt.concurrency")
    int concurrency = DEFAULT_CONCURRENCY;

    @Option(names = "--models", paramLabel = "MODEL", split = ",", descriptionKey = "cli.test.opt.models")
    List<String> models = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "cli.test.opt.output")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--grader", paramLabel = "MODEL", descriptionKey = "cli.test.opt.grader")
    String grader;

    @Option(names = "--embedding-model", paramLabel = "MODEL", descriptionKey = "cli.test.opt.embedding")
    String embeddingModel;

    TestCommand(CardsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        if (concurrency < 1) {
            throw CliFailure.usage(text("cli.test.badConcurrency", concurrency));
        }
        List<String> chosenModels = models.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
        Map<Path, ReportFormat> formats = outputFormats();
        List<TestTargets.Target> targets = TestTargets.resolve(paths, context.services().cards(), context.messages());
        SuiteRunners runners = new SuiteRunners(context.services(), grader, embeddingModel, context.clock());

        Instant startedAt = context.clock().instant();
        long start = System.nanoTime();
        List<SuiteRun> suites = new ArrayList<>();
        int problems = 0;
        CliJob job = new CliJob();
        try (Interrupts.Handle ignored = context.interrupts().watch(job::cancel)) {
            for (TestTargets.Target target : targets) {
                if (job.isCancelled()) {
                    break;
                }
                try {
                    suites.add(run(target, chosenModels, runners, job, err));
                } catch (PromptfooImportException | CliFailure | IllegalArgumentException e) {
                    err.println("aura: " + e.getMessage());
                    problems++;
                }
            }
            long durationMs = (System.nanoTime() - start) / 1_000_000;
            new RunSummaryPrinter(context).print(out, suites, durationMs, concurrency);
            out.flush();
            if (job.isCancelled()) {
                err.println(text("cli.test.cancelled"));
            }
            RunReport report = new RunReport(startedAt, suites, durationMs);
            problems += OutputFiles.write(report, formats, err, context.messages());
            return exitCode(suites, problems, job.isCancelled());
        }
    }

    private SuiteRun run(TestTargets.Target target, List<String> chosenModels, SuiteRunners runners, CliJob job,
            PrintWriter err) {
        String name = switch (target) {
            case TestTargets.ConfigFile(Path file) -> file.toString();
            case TestTargets.StoredCard(CardVersion version) -> version.content().title();
        };
        LiveProgress progress = context.stderrIsTerminal().getAsBoolean() ? new LiveProgress(err, context, name) : null;
        RunListener listener = progress == null ? RunListener.NONE : progress;
        try {
            return switch (target) {
                case TestTargets.ConfigFile(Path file) -> runConfig(file, chosenModels, runners, job, err, listener);
                case TestTargets.StoredCard(CardVersion version) -> new StoredCardRun(runners, context.messages())
                        .run(version, chosenModels, concurrency, job, listener);
            };
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
    }

    private SuiteRun runConfig(Path file, List<String> chosenModels, SuiteRunners runners, CliJob job,
            PrintWriter err, RunListener listener) {
        PromptfooConfig config = new PromptfooConfigReader().read(file);
        String name = file.toString();
        for (ImportWarning warning : config.warnings()) {
            err.println(text("cli.test.warning", name, warning.path(), warning.message()));
        }
        if (config.providers().isEmpty() && chosenModels.isEmpty()) {
            throw CliFailure.failed(text("cli.test.noProviders", name));
        }
        if (config.tests().isEmpty()) {
            throw CliFailure.failed(text("cli.test.noTests", name));
        }
        if (config.prompts().isEmpty()) {
            throw CliFailure.failed(text("cli.test.noPrompts", name));
        }
        String suiteName = file.getFileName() == null ? name : file.getFileName().toString();
        SuiteResult result = runners.suites().run(config, new RunOptions(concurrency, chosenModels, suiteName), job,
                listener);
        return new SuiteRun(name, config, chosenModels, result);
    }

    private Map<Path, ReportFormat> outputFormats() {
        Map<Path, ReportFormat> formats = new LinkedHashMap<>();
        for (Path output : outputs) {
            ReportFormat format = ReportFormat.of(output)
                    .orElseThrow(() -> CliFailure.usage(text("cli.test.badOutput", output)));
            formats.put(output, format);
        }
        return formats;
    }

    static int exitCode(List<SuiteRun> suites, int problems, boolean cancelled) {
        if (cancelled) {
            return CliExit.CANCELLED;
        }
        boolean errors = problems > 0;
        boolean failures = false;
        for (SuiteRun suite : suites) {
            SuiteResult.Stats stats = suite.result().stats();
            errors |= stats.errors() > 0 || stats.cancelled() > 0;
            failures |= stats.failures() > 0;
        }
        if (errors) {
            return CliExit.FAILED;
        }
        return failures ? CliExit.TESTS_FAILED : CliExit.OK;
    }
}
