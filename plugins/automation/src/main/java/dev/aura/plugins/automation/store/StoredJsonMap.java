package dev.aura.plugins.automation.store;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A step's stored inputs or output, parsed from its JSON the first time it is read. Opening a run shows the step
 * timeline first; parsing every step's values up front was most of the time to open a run of 1,000 steps. Read-only.
 */
final class StoredJsonMap extends AbstractMap<String, Object> {
    private final String json;
    private final String what;
    private volatile Map<String, Object> values;

    StoredJsonMap(String json, String what) {
        this.json = json;
        this.what = what;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return parsed().entrySet();
    }

    @Override
    public Object get(Object key) {
        return parsed().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return parsed().containsKey(key);
    }

    @Override
    public int size() {
        return parsed().size();
    }

    private Map<String, Object> parsed() {
        Map<String, Object> read = values;
        if (read == null) {
            synchronized (this) {
                read = values;
                if (read == null) {
                    read = Collections.unmodifiableMap(StepJson.read(json, what));
                    values = read;
                }
            }
        }
        return read;
    }
}
