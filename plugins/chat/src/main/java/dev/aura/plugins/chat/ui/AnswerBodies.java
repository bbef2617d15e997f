package dev.aura.plugins.chat.ui;

import dev.aura.plugins.chat.model.ChatMessage;
import javafx.scene.Node;

/**
 * The Markdown body of an answer. Finished answers are rendered once and reused while their cells scroll in and out;
 * the streaming one is a live view fed by its {@link LiveAnswer}.
 */
interface AnswerBodies {
    Node finished(ChatMessage answer);

    /** The live view of the answer being written (the same node for the same answer). */
    Node streaming(MessageItem item);
}
