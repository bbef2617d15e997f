package dev.aura.plugins.chat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aura.core.util.Json;
import dev.aura.plugins.api.cli.TextTable;
import dev.aura.plugins.chat.model.ConversationSummary;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aura chat list [--json]}: conversations not in the trash, pinned first, newest activity first. */
@Command(name = "list", aliases = "ls", resourceBundle = CliTexts.BUNDLE, description = "${bundle:list.description}")
final class ListConversationsCommand extends ChatSubcommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--json", description = "${bundle:json.description}")
    boolean json;

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        List<ConversationSummary> conversations = parent.backend().conversations().listActive();
        if (json) {
            out.println(write(conversations.stream().map(ListConversationsCommand::json).toList()));
            return ChatCommand.OK;
        }
        if (conversations.isEmpty()) {
            err.println(text("cli.list.empty"));
            return ChatCommand.OK;
        }
        TextTable table = new TextTable(List.of(text("cli.col.id"), text("cli.col.title"), text("cli.col.model"),
                text("cli.col.activity")));
        for (ConversationSummary c : conversations) {
            table.row(c.id().toString(), (c.pinned() ? "* " : "") + c.title(), c.model() == null ? "-" : c.model(),
                    c.lastActivityAt() == null ? "-" : WHEN.format(c.lastActivityAt().atZone(parent.zone())));
        }
        table.print(out);
        return ChatCommand.OK;
    }

    private static Map<String, Object> json(ConversationSummary c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id().toString());
        json.put("title", c.title());
        json.put("model", c.model());
        json.put("folderId", c.folderId() == null ? null : c.folderId().toString());
        json.put("pinned", c.pinned());
        json.put("lastActivityAt", time(c.lastActivityAt()));
        return json;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String write(Object value) {
        try {
            return Json.PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }
}
