package dev.aura.plugins.chat.cli;

import dev.aura.plugins.api.cli.Interrupts;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.tasks.Job;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.service.AnswerHandle;
import dev.aura.plugins.chat.service.AnswerListener;
import dev.aura.plugins.chat.service.ChatService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** One {@code aura chat PROMPT}: choose the conversation and model, stream the answer, report how it ended. */
final class PromptRun {
    private final ChatCommand command;
    private final PrintWriter out;
    private final PrintWriter err;

    PromptRun(ChatCommand command, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.out = out;
        this.err = err;
    }

    int run(String argument) {
        String text = "-".equals(argument) ? readStdin() : argument;
        if (text.isBlank()) {
            err.println("aura: " + command.texts().text("cli.chat.emptyPrompt"));
            return ChatCommand.USAGE;
        }
        Conversation existing = null;
        if (command.conversation != null) {
            Optional<Conversation> found = findConversation(command.conversation);
            if (found.isEmpty()) {
                err.println("aura: " + command.texts().text("cli.chat.noConversation", command.conversation));
                return ChatCommand.USAGE;
            }
            existing = found.get();
        }
        String model = chooseModel(existing);
        if (model == null) {
            err.println("aura: " + command.texts().text("cli.chat.noModel"));
            return ChatCommand.NOT_FOUND;
        }
        ChatService chat = command.backend().chat();
        Conversation conversation = existing != null ? existing : chat.newConversation(null, model, null);
        if (!model.equals(conversation.model()) || command.system != null) {
            command.backend().conversations().updateSettings(conversation.id(), model, conversation.personaId(),
                    command.system != null ? command.system : conversation.systemPrompt(), conversation.parameters());
        }
        return answer(chat, conversation.id(), text);
    }

    private int answer(ChatService chat, UUID conversationId, String text) {
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicReference<AnswerHandle> running = new AtomicReference<>();
        try (Interrupts.Handle ignored = command.interrupts().watch(() -> {
            interrupted.set(true);
            AnswerHandle handle = running.get();
            if (handle != null) {
                handle.stop();
            }
        })) {
            AnswerHandle handle = chat.send(conversationId, text, List.of(), new AnswerListener() {
                @Override
                public void onToken(String token) {
                    out.print(token);
                    out.flush();
                }
            });
            running.set(handle);
            if (interrupted.get()) {
                handle.stop();
            }
            ChatMessage answer = handle.finished().join();
            if (!answer.content().isEmpty() && !answer.content().endsWith("\n")) {
                out.println();
            }
            out.flush();
            awaitBackgroundWork();
            return report(answer, conversationId, interrupted.get());
        }
    }

    private int report(ChatMessage answer, UUID conversationId, boolean interrupted) {
        int code = switch (answer.status()) {
            case COMPLETE -> ChatCommand.OK;
            case STOPPED, INTERRUPTED -> ChatCommand.CANCELLED;
            case FAILED -> CliFailures.exitCode(answer.errorKind());
            case STREAMING -> ChatCommand.FAILED;
        };
        if (answer.status() == dev.aura.plugins.chat.model.MessageStatus.FAILED) {
            err.println("aura: " + answer.errorMessage());
        } else if (code == ChatCommand.CANCELLED || interrupted) {
            err.println("aura: " + command.texts().text("cli.chat.stopped"));
            code = ChatCommand.CANCELLED;
        }
        err.println(command.texts().text("cli.chat.saved", conversationId.toString()));
        return code;
    }

    /** A generated title is a background job: give it a moment, or the process would end it half-way. */
    private void awaitBackgroundWork() {
        long deadline = System.nanoTime() + command.backgroundWait().toNanos();
        for (Job<?> job : command.tasks().activeJobs()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                job.result().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // a failed title keeps its placeholder; the answer is what this command reports
            }
        }
    }

    private Optional<Conversation> findConversation(String id) {
        try {
            return command.backend().conversations().find(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** -m, else the conversation's model, else the setting, else the first installed model. */
    private String chooseModel(Conversation existing) {
        if (command.model != null && !command.model.isBlank()) {
            return command.model.strip();
        }
        if (existing != null && existing.model() != null && !existing.model().isBlank()) {
            return existing.model();
        }
        Optional<String> configured = command.settings().get(ChatCommand.DEFAULT_MODEL_SETTING)
                .filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return configured.get();
        }
        List<InstalledModel> installed = command.models().list();
        return installed.isEmpty() ? null : installed.getFirst().name();
    }

    private String readStdin() {
        try {
            return new String(command.stdin().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(command.texts().text("cli.chat.stdinFailed", e.getMessage()), e);
        }
    }
}
