package dev.aura.app.shell.testing;

/** Starts fine but throws when its panel is shown, like a view that hits a missing class at runtime. */
public final class FlakyPlugin extends TestPlugin {
    public FlakyPlugin() {
        super("flaky", "Knowledge", "fth-book", 50);
    }

    @Override
    public void activate() {
        super.activate();
        throw new NoClassDefFoundError("org/apache/lucene/index/IndexWriter");
    }
}
