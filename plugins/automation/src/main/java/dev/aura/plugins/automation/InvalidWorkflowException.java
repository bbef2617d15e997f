package dev.aura.plugins.automation;

import dev.aura.plugins.automation.validation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A workflow file that parses but cannot run as written; nothing was saved. */
public final class InvalidWorkflowException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidWorkflowException(String file, List<Problem> problems) {
        super(file + " is not a valid workflow: " + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("; ")) + ". Fix these and import it again.");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
