package dev.aura.plugins.automation.cli;

/** Workflow files the CLI tests import and run. */
final class Flows {
    private Flows() {}

    /** A transform then a prompt on the fake model: succeeds with the fake's answer as its output. */
    static final String GREET = """
            name: greet
            description: Says hello
            variables:
              who: world
              mood: calm
            steps:
              - id: hello
                type: transform
                template: "Hello {{ vars.who }}"
              - id: ask
                type: prompt
                model: llama3.2
                template: "Say hi to {{ steps.hello.text }} in a {{ vars.mood }} way"
            """;

    /** Fails at its second step: a JSONPath over a step that produced no JSON. */
    static final String BROKEN = """
            name: broken
            steps:
              - id: words
                type: transform
                template: "just words"
              - id: pick
                type: transform
                source: words
                jsonPath: $.title
              - id: never
                type: transform
                template: "not reached"
            """;

    /** Waits five minutes at step 'wait': long enough to be interrupted. */
    static final String SLOW = """
            name: slow
            steps:
              - id: first
                type: transform
                template: "ready"
              - id: wait
                type: delay
                duration: 5m
            """;

    /** Asks for approval; nobody can give it from a script. */
    static final String APPROVE = """
            name: approve
            steps:
              - id: ok
                type: approval
                message: Publish the report?
              - id: after
                type: transform
                template: "published"
            """;

    /** Writes a file into {@code folder}: it needs that folder granted. */
    static String writer(String folder) {
        return """
                name: writer
                variables:
                  text: hello
                permissions:
                  folders: [%s]
                steps:
                  - id: save
                    type: files
                    operation: write
                    path: out.txt
                    content: "{{ vars.text }}"
                """.formatted(folder);
    }
}
