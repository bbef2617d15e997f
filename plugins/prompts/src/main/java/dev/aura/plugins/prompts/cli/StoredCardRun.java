package dev.aura.plugins.prompts.cli;

import dev.aura.core.tasks.JobContext;
import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardConfigs;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.StoredRun;
import dev.aura.plugins.prompts.report.SuiteRun;
import dev.aura.plugins.prompts.run.RunListener;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.util.List;

/** A stored card version run from the command line: saved in the card's run history like a run from the window. */
final class StoredCardRun {
    private final SuiteRunners runners;
    private final Messages messages;

    StoredCardRun(SuiteRunners runners, Messages messages) {
        this.runners = runners;
        this.messages = messages;
    }

    SuiteRun run(CardVersion version, List<String> models, int concurrency, JobContext job, RunListener listener) {
        CardContent content = version.content();
        String name = messages.text("cli.test.cardName", content.title(), version.number());
        List<String> chosen = models.isEmpty() ? content.models() : models;
        if (chosen.isEmpty()) {
            throw CliFailure.failed(messages.text("cli.test.cardNoModel", content.title()));
        }
        if (content.tests().isEmpty()) {
            throw CliFailure.failed(messages.text("cli.test.cardNoTests", content.title()));
        }
        StoredRun run = runners.cards().run(version, chosen, concurrency, job, listener);
        SuiteResult result = new SuiteResult(run.cells().stream().map(RunCell::result).toList(),
                run.summary().stats());
        return new SuiteRun(name, CardConfigs.toConfig(content, chosen), List.of(), result);
    }
}
