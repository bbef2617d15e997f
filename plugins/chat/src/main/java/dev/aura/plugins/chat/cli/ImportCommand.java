package dev.aura.plugins.chat.cli;

import dev.aura.plugins.chat.io.ChatImport;
import dev.aura.plugins.chat.io.ChatImportException;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.search.MessageIndex;
import dev.aura.plugins.chat.service.ChatAudit;
import dev.aura.plugins.chat.store.ArchiveStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aura chat import FILE}: our JSON export or ChatGPT's {@code conversations.json}. The file is checked whole
 * before anything is saved, and saved in one transaction, so a bad file imports nothing.
 */
@Command(name = "import", description = "Import conversations from an Aura JSON export or a ChatGPT data export "
        + "(conversations.json). A malformed file imports nothing.")
public final class ImportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The export file (.json).")
    Path file;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final ArchiveStore archives;
    private final MessageIndex index;
    private final Clock clock;
    private final ChatAudit audit;

    public ImportCommand(ArchiveStore archives, MessageIndex index, ChatAudit audit) {
        this(archives, index, Clock.systemUTC(), audit);
    }

    public ImportCommand(ArchiveStore archives, MessageIndex index, Clock clock, ChatAudit audit) {
        this.archives = archives;
        this.index = index;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ChatImport.Result result = new ChatImport(clock).read(file);
            List<UUID> ids;
            try {
                ids = archives.importAll(result.archives());
            } catch (RuntimeException e) {
                LOG.warn("import of {} failed", file, e);
                err.println("aura: could not save the imported conversations (" + e.getMessage()
                        + "); nothing was imported. Check free disk space and try again.");
                return ExportCommand.FAILED;
            }
            audit.imported(file, result.format().displayName(), ids.size(), result.messageCount());
            index(ids, err);
            out.println("Imported " + count(ids.size(), "conversation") + " (" + count(result.messageCount(), "message")
                    + ") from " + result.format().displayName() + " " + file.getFileName() + ".");
            return ExportCommand.OK;
        } catch (ChatImportException e) {
            err.println("aura: " + e.getMessage());
            return ExportCommand.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The conversations are saved at this point: a search index problem only delays search, so it is a warning. */
    private void index(List<UUID> ids, PrintWriter err) {
        try {
            for (UUID id : ids) {
                ConversationArchive archive = archives.load(id);
                index.putTitle(id, archive.conversation().title());
                for (ChatMessage message : archive.messages()) {
                    index.putMessage(id, message.id(), message.content());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("indexing imported conversations failed", e);
            err.println("aura: the conversations were imported, but search may not find them until the search index "
                    + "is rebuilt at the next start (" + e.getMessage() + ").");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
