package dev.aura.plugins.chat.store;

import dev.aura.plugins.chat.model.Persona;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PersonaRepository {
    /** By name. */
    List<Persona> list();

    Optional<Persona> find(UUID id);

    /** Inserts when {@code id} is null, else updates; returns the saved persona. */
    Persona save(Persona persona);

    void delete(UUID id);
}
