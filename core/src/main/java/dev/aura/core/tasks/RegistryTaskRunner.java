package dev.aura.core.tasks;

import dev.aura.core.util.Subscription;
import java.util.List;
import java.util.function.Consumer;

/** What both runners share: the registry of active jobs and its listeners. */
abstract class RegistryTaskRunner implements TaskRunner {
    final JobRegistry registry = new JobRegistry();

    @Override
    public List<Job<?>> activeJobs() {
        return registry.active();
    }

    @Override
    public Subscription onJobChanged(Consumer<Job<?>> listener) {
        return registry.listen(listener);
    }
}
