package dev.aura.plugins.chat.io;

import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.ThreadMessage;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A readable Markdown copy of conversations: title, settings, then the branch the user was looking at as
 * {@code ### User} / {@code ### Assistant (model)} sections. Other branches are only counted; the JSON export keeps
 * them.
 */
public final class MarkdownExport {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private MarkdownExport() {}

    public static void write(List<ConversationArchive> archives, Writer out) throws IOException {
        for (int i = 0; i < archives.size(); i++) {
            if (i > 0) {
                out.write("\n---\n\n");
            }
            out.write(toMarkdown(archives.get(i)));
        }
        out.flush();
    }

    public static String toMarkdown(ConversationArchive archive) {
        Conversation c = archive.conversation();
        List<ThreadMessage> branch = CurrentBranch.of(archive);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(c.title())).append("\n\n");
        item(md, "Model", c.model());
        item(md, "Created", time(c.createdAt()));
        item(md, "Last activity", time(c.lastActivityAt()));
        long offBranch = CurrentBranch.offBranchCount(archive, branch);
        item(md, "Messages", branch.size() + (offBranch > 0 ? " shown, " + offBranch + " more on other branches" : ""));
        if (c.parameters().temperature() != null) {
            item(md, "Temperature", c.parameters().temperature().toString());
        }
        if (c.systemPrompt() != null && !c.systemPrompt().isBlank()) {
            md.append("\n**System prompt:**\n\n").append(quote(c.systemPrompt())).append('\n');
        }
        for (ThreadMessage shown : branch) {
            message(md, shown);
        }
        return md.toString();
    }

    private static void message(StringBuilder md, ThreadMessage shown) {
        ChatMessage m = shown.message();
        md.append("\n### ").append(heading(m)).append("\n\n");
        String content = m.content() == null ? "" : m.content().strip();
        md.append(content.isEmpty() ? "*(empty)*" : content).append('\n');
        if (!m.attachments().isEmpty()) {
            md.append("\nAttachments: ");
            for (int i = 0; i < m.attachments().size(); i++) {
                Attachment a = m.attachments().get(i);
                md.append(i > 0 ? ", " : "").append('`').append(a.name()).append('`')
                        .append(a.isImage() ? " (image)" : "");
            }
            md.append('\n');
        }
        String status = switch (m.status()) {
            case STOPPED -> "Stopped before the end.";
            case FAILED -> "Failed" + (m.errorMessage() == null ? "." : ": " + oneLine(m.errorMessage()));
            case INTERRUPTED -> "Interrupted: the app closed while this was being written.";
            case STREAMING -> "Still being written when exported.";
            case COMPLETE -> null;
        };
        if (status != null) {
            md.append("\n*").append(status).append("*\n");
        }
        if (shown.siblingCount() > 1) {
            md.append("\n*").append(m.role() == MessageRole.USER ? "Version " : "Answer ")
                    .append(shown.siblingIndex() + 1).append(" of ").append(shown.siblingCount())
                    .append("; the JSON export has the others.*\n");
        }
    }

    private static String heading(ChatMessage m) {
        return switch (m.role()) {
            case USER -> "User";
            case SYSTEM -> "System";
            case ASSISTANT -> m.model() == null || m.model().isBlank() ? "Assistant" : "Assistant (" + m.model() + ")";
        };
    }

    private static void item(StringBuilder md, String label, String value) {
        if (value != null && !value.isBlank()) {
            md.append("- ").append(label).append(": ").append(value).append('\n');
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private static String quote(String text) {
        return "> " + text.strip().replace("\n", "\n> ");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
