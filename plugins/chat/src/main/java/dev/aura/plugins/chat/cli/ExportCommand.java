package dev.aura.plugins.chat.cli;

import dev.aura.plugins.chat.io.AuraJsonWriter;
import dev.aura.plugins.chat.io.MarkdownExport;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.store.ArchiveStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aura chat export ID|--all --format md|json [-o FILE]}: to stdout unless a file is given. */
@Command(name = "export", description = "Export one conversation, or all of them, as Markdown or as JSON "
        + "(JSON keeps every branch and can be imported again).")
public final class ExportCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNKNOWN_CONVERSATION = 4;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The conversation's id (see `aura chat list`).")
    String id;

    @Option(names = "--all", description = "Export every conversation that is not in the trash.")
    boolean all;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md",
            description = "md (readable, the branch being shown) or json (everything). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final ArchiveStore archives;
    private final Clock clock;

    public ExportCommand(ArchiveStore archives) {
        this(archives, Clock.systemUTC());
    }

    public ExportCommand(ArchiveStore archives, Clock clock) {
        this.archives = archives;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> false;
            case "json" -> true;
            default -> throw new ParameterException(spec.commandLine(),
                    "Unknown format '" + format + "': use --format md or --format json.");
        };
        if (all == (id != null)) {
            throw new ParameterException(spec.commandLine(),
                    "Give either a conversation ID or --all (see `aura chat list` for ids).");
        }
        List<ConversationArchive> selected = new ArrayList<>();
        if (all) {
            for (UUID each : archives.allConversationIds()) {
                ConversationArchive archive = find(each); // null when deleted since the list was read
                if (archive != null) {
                    selected.add(archive);
                }
            }
        } else {
            ConversationArchive archive = find(parseId());
            if (archive == null) {
                err.println("aura: no conversation has the id " + id + "; `aura chat list` shows the ids.");
                err.flush();
                return UNKNOWN_CONVERSATION;
            }
            selected.add(archive);
        }
        try {
            if (output == null) {
                write(selected, json, spec.commandLine().getOut());
            } else {
                try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    write(selected, json, file);
                }
                err.println("Exported " + selected.size() + (selected.size() == 1 ? " conversation" : " conversations")
                        + " to " + output + ".");
            }
            return OK;
        } catch (IOException e) {
            err.println("aura: could not write " + (output == null ? "the export" : output) + " (" + e.getMessage()
                    + "); check that the folder exists, is writable and has free space.");
            return FAILED;
        } finally {
            err.flush();
        }
    }

    private void write(List<ConversationArchive> selected, boolean json, Writer out) throws IOException {
        if (json) {
            AuraJsonWriter.write(selected, clock.instant(), out);
        } else {
            MarkdownExport.write(selected, out);
        }
    }

    private UUID parseId() {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "'" + id + "' is not a conversation id; `aura chat list` shows the ids.");
        }
    }

    private ConversationArchive find(UUID conversationId) {
        try {
            return archives.load(conversationId);
        } catch (NoSuchElementException e) {
            return null;
        }
    }
}
