package dev.aura.plugins.chat;

import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.chat.cli.ChatCommand;
import dev.aura.plugins.chat.cli.CliTexts;
import dev.aura.plugins.chat.cli.ExportCommand;
import dev.aura.plugins.chat.cli.ImportCommand;
import dev.aura.plugins.chat.service.ChatAudit;
import dev.aura.plugins.chat.service.ChatBackend;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aura chat ...}: the prompt command with {@code list}, {@code export} and {@code import} under it. Handed
 * to the host as a picocli {@link CommandSpec}: export and import need constructor arguments, which a
 * {@code subcommands = ...} annotation cannot give, and both {@code new CommandLine(spec)} and
 * {@code addSubcommand(spec)} accept a spec.
 */
final class ChatCli {
    private ChatCli() {}

    static List<Object> commands(PluginContext context, ChatBackend backend) {
        CommandSpec chat = CommandSpec.forAnnotatedObject(new ChatCommand(backend, context.models(),
                context.settings(), context.tasks(), new CliTexts(context.locale())));
        chat.addSubcommand("export", new CommandLine(new ExportCommand(backend.archives())));
        chat.addSubcommand("import", new CommandLine(new ImportCommand(backend.archives(), backend.index(),
                new ChatAudit(context.audit()))));
        return List.of(chat);
    }
}
