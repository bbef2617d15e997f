package dev.aura.plugins.automation.engine;

import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.steps.JsonValues;
import dev.aura.plugins.automation.steps.RunContext;
import dev.aura.plugins.automation.steps.StepFailure;
import dev.aura.plugins.automation.steps.StepResult;
import dev.aura.plugins.automation.steps.StepTemplates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs the body once per item, at most {@code concurrency} items at once, each on a virtual thread with its own view of
 * step outputs. Output: {@code json}, one entry per item (the last body step's JSON, else its text), and {@code count}.
 */
final class ForEachStep {
    private final StepTemplates templates;
    private final StepSequence sequence;

    ForEachStep(StepTemplates templates, StepSequence sequence) {
        this.templates = templates;
        this.sequence = sequence;
    }

    StepResult run(StepType.ForEach forEach, RunContext context, String prefix) throws InterruptedException {
        List<?> items = itemsOf(forEach.items(), context);
        Semaphore slots = new Semaphore(forEach.concurrency());
        List<Future<Object>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < items.size(); i++) {
                RunContext itemContext = context.forItem(items.get(i));
                String itemPrefix = prefix + i + ".";
                results.add(threads.submit(() -> runItem(forEach, itemContext, itemPrefix, slots)));
            }
            List<Object> outputs = new ArrayList<>();
            for (Future<Object> result : results) {
                outputs.add(result.get());
            }
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("json", outputs);
            output.put("count", outputs.size());
            return new StepResult(Map.of("items", forEach.items()), output);
        } catch (ExecutionException e) {
            results.forEach(r -> r.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StepFailure(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            results.forEach(r -> r.cancel(true));
            throw e;
        }
    }

    private Object runItem(StepType.ForEach forEach, RunContext itemContext, String prefix, Semaphore slots)
            throws InterruptedException {
        slots.acquire();
        try {
            String error = sequence.run(forEach.body(), itemContext, prefix);
            if (error != null) {
                throw new StepFailure(error);
            }
            if (forEach.body().isEmpty()) {
                return null;
            }
            Map<String, Object> last = itemContext.output(forEach.body().getLast().id());
            if (last == null) {
                return null;
            }
            return last.containsKey("json") ? last.get("json") : last.get("text");
        } finally {
            slots.release();
        }
    }

    private List<?> itemsOf(String expression, RunContext context) {
        Object value = templates.evaluate(expression, context.scope());
        if (value instanceof String text) {
            value = JsonValues.parse(text).orElseGet(() -> text.lines().filter(l -> !l.isBlank()).toList());
        }
        return switch (value) {
            case List<?> list -> list;
            case Collection<?> collection -> List.copyOf(collection);
            case null -> throw new StepFailure("The for-each list '" + expression + "' is empty or undefined."
                    + " Point it at a list, for example steps.list.json.");
            default -> throw new StepFailure("The for-each list '" + expression + "' is not a list but " + value
                    + ". Point it at a list, for example steps.list.json.");
        };
    }
}
