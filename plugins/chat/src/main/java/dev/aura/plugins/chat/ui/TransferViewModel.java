package dev.aura.plugins.chat.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.io.AuraJsonWriter;
import dev.aura.plugins.chat.io.ChatImport;
import dev.aura.plugins.chat.io.ChatImportException;
import dev.aura.plugins.chat.io.MarkdownExport;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.service.ChatAudit;
import dev.aura.plugins.chat.store.ArchiveStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Export to and import from files, as background jobs; the outcome is told through notifications. */
public final class TransferViewModel {
    private final ArchiveStore archives;
    private final ChatAudit audit;
    private final Background background;
    private final Messages messages;
    private final Notifier notifier;
    private final Clock clock;
    private final Consumer<List<UUID>> onImported;

    /** @param onImported called on the UI thread with the new conversations' ids */
    public TransferViewModel(ArchiveStore archives, Background background, Messages messages, Notifier notifier,
            ChatAudit audit, Clock clock, Consumer<List<UUID>> onImported) {
        this.archives = archives;
        this.audit = audit;
        this.background = background;
        this.messages = messages;
        this.notifier = notifier;
        this.clock = clock;
        this.onImported = onImported;
    }

    public void exportConversation(UUID id, boolean json, Path file) {
        background.run(messages.text("job.export"), ctx -> {
            write(List.of(archives.load(id)), json, file);
            return null;
        }, ignored -> exported(1, file));
    }

    /** Every conversation not in the trash, as JSON with all branches. */
    public void exportAll(Path file) {
        background.run(messages.text("job.export"), ctx -> {
            List<UUID> ids = archives.allConversationIds();
            List<ConversationArchive> all = ids.stream().map(archives::load).toList();
            write(all, true, file);
            return all.size();
        }, count -> exported(count, file));
    }

    private void write(List<ConversationArchive> list, boolean json, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            if (json) {
                AuraJsonWriter.write(list, clock.instant(), out);
            } else {
                MarkdownExport.write(list, out);
            }
        }
        // a failed export never leaves half a file under the chosen name
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void exported(int count, Path file) {
        notifier.notify(Notifier.Level.SUCCESS, messages.text("export.doneTitle"),
                messages.text("export.done", count, file.toString()));
    }

    /**
     * Imports our JSON or a ChatGPT {@code conversations.json}, all or nothing. A malformed file is handed to
     * {@code onMalformed} with what is wrong and where.
     */
    public void importFile(Path file, Consumer<String> onMalformed) {
        background.run(messages.text("job.import"), ctx -> {
            ChatImport.Result result = new ChatImport(clock).read(file);
            Imported imported = new Imported(archives.importAll(result.archives()), result.messageCount(),
                    result.format().displayName());
            audit.imported(file, imported.format(), imported.ids().size(), imported.messageCount());
            return imported;
        }, imported -> {
            notifier.notify(Notifier.Level.SUCCESS, messages.text("import.doneTitle"), messages.text("import.done",
                    imported.ids().size(), imported.messageCount(), imported.format(), file.getFileName()));
            onImported.accept(imported.ids());
        }, failure -> {
            if (failure instanceof ChatImportException malformed) {
                onMalformed.accept(malformed.getMessage());
            } else {
                background.report(messages.text("job.import"), failure);
            }
        });
    }

    private record Imported(List<UUID> ids, int messageCount, String format) {}
}
