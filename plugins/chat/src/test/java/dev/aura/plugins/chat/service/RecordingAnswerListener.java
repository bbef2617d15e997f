package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ConversationThread;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Remembers what an answer reported; {@link #firstToken} opens when the first token arrived. */
final class RecordingAnswerListener implements AnswerListener {
    final List<String> tokens = new CopyOnWriteArrayList<>();
    final List<ChatMessage> finished = new CopyOnWriteArrayList<>();
    final CountDownLatch firstToken = new CountDownLatch(1);
    volatile ConversationThread started;

    @Override
    public void onStarted(ConversationThread thread) {
        started = thread;
    }

    @Override
    public void onToken(String text) {
        tokens.add(text);
        firstToken.countDown();
    }

    @Override
    public void onFinished(ChatMessage answer) {
        finished.add(answer);
    }
}
