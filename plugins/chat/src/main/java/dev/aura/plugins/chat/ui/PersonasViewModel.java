package dev.aura.plugins.chat.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Persona;
import dev.aura.plugins.chat.store.PersonaRepository;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Saved presets of system prompt, model and parameters. */
public final class PersonasViewModel {
    private final PersonaRepository personas;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Persona> list = FXCollections.observableArrayList();

    public PersonasViewModel(PersonaRepository personas, Background background, Messages messages) {
        this.personas = personas;
        this.background = background;
        this.messages = messages;
    }

    public void refresh() {
        background.run(messages.text("job.personas"), ctx -> personas.list(), list::setAll);
    }

    /** Inserts (id null) or updates. */
    public void save(Persona persona) {
        if (persona.name() == null || persona.name().isBlank()) {
            return;
        }
        background.run(messages.text("job.savePersona"), ctx -> personas.save(persona), saved -> refresh());
    }

    public void duplicate(Persona persona) {
        save(new Persona(null, messages.text("personas.copyName", persona.name()), persona.systemPrompt(),
                persona.model(), persona.parameters()));
    }

    public void delete(UUID id) {
        background.run(messages.text("job.deletePersona"), ctx -> {
            personas.delete(id);
            return null;
        }, ignored -> refresh());
    }

    /** By name. */
    public ObservableList<Persona> personas() { return list; }
}
