package dev.aura.plugins.chat.store.jdbi;

import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.chat.model.Persona;
import dev.aura.plugins.chat.store.PersonaRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@link PersonaRepository} in {@code chat_persona}. */
public final class JdbiPersonaRepository implements PersonaRepository {
    private final Jdbi jdbi;

    public JdbiPersonaRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Persona> list() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM chat_persona WHERE deleted = FALSE ORDER BY LOWER(name), id")
                .map((rs, ctx) -> persona(rs)).list());
    }

    @Override
    public Optional<Persona> find(UUID id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    @Override
    public Persona save(Persona persona) {
        return jdbi.inTransaction(h -> {
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("name", SqlValues.truncate(persona.name() == null ? "" : persona.name(), 1000));
            columns.put("system_prompt", persona.systemPrompt());
            columns.put("model", persona.model());
            SqlValues.putParameters(columns, persona.parameters());
            UUID id = persona.id();
            if (id == null) {
                id = SyncedRows.insert(h, ChatSchema.PERSONAS, columns);
            } else if (!SyncedRows.update(h, ChatSchema.PERSONAS, id, columns)) {
                throw new NoSuchElementException("The persona '" + persona.name()
                        + "' was deleted meanwhile. Save it again as a new persona.");
            }
            return find(h, id).orElseThrow();
        });
    }

    @Override
    public void delete(UUID id) {
        jdbi.useHandle(h -> SyncedRows.delete(h, ChatSchema.PERSONAS, id));
    }

    private static Optional<Persona> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM chat_persona WHERE id = ? AND deleted = FALSE")
                .bind(0, id).map((rs, ctx) -> persona(rs)).findOne();
    }

    private static Persona persona(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Persona(SqlValues.uuid(rs, "id"), rs.getString("name"), rs.getString("system_prompt"),
                rs.getString("model"), SqlValues.parameters(rs));
    }
}
