package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.ui.editor.StepPath.Branch;
import dev.aura.plugins.automation.ui.editor.StepPath.StepList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Edits of an immutable step tree by {@link StepPath}: each returns the new top-level list. */
public final class StepTree {
    private StepTree() {}

    public static List<Step> list(List<Step> root, StepList list) {
        if (list.owner() == null) {
            return root;
        }
        return branch(get(root, list.owner()), list.branch());
    }

    public static Step get(List<Step> root, StepPath path) {
        return list(root, path.list()).get(path.index());
    }

    public static boolean exists(List<Step> root, StepPath path) {
        try {
            List<Step> steps = list(root, path.list());
            return path.index() >= 0 && path.index() < steps.size();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static List<Step> replace(List<Step> root, StepPath path, UnaryOperator<Step> edit) {
        return editList(root, path.list(), steps -> {
            List<Step> copy = new ArrayList<>(steps);
            copy.set(path.index(), edit.apply(copy.get(path.index())));
            return copy;
        });
    }

    public static List<Step> insert(List<Step> root, StepList list, int index, Step step) {
        return editList(root, list, steps -> {
            List<Step> copy = new ArrayList<>(steps);
            copy.add(Math.max(0, Math.min(index, copy.size())), step);
            return copy;
        });
    }

    public static List<Step> remove(List<Step> root, StepPath path) {
        return editList(root, path.list(), steps -> {
            List<Step> copy = new ArrayList<>(steps);
            copy.remove(path.index());
            return copy;
        });
    }

    /** Moves the step to {@code newIndex} in the same list (clamped); a no-op when it stays where it is. */
    public static List<Step> move(List<Step> root, StepPath path, int newIndex) {
        return editList(root, path.list(), steps -> {
            List<Step> copy = new ArrayList<>(steps);
            Step step = copy.remove(path.index());
            copy.add(Math.max(0, Math.min(newIndex, copy.size())), step);
            return copy;
        });
    }

    /** Every step id in the tree, depth first. */
    public static List<String> ids(List<Step> root) {
        List<String> ids = new ArrayList<>();
        collect(root, ids);
        return ids;
    }

    /** {@code base}, or {@code base2}, {@code base3}... whichever no step uses yet. */
    public static String freshId(List<Step> root, String base) {
        Set<String> used = new HashSet<>(ids(root));
        if (!used.contains(base)) {
            return base;
        }
        int n = 2;
        while (used.contains(base + n)) {
            n++;
        }
        return base + n;
    }

    /** The branches a step has (then and else for a condition, the body for a for-each). */
    public static List<Branch> branches(Step step) {
        return switch (step.type()) {
            case StepType.Condition c -> List.of(Branch.THEN, Branch.ELSE);
            case StepType.ForEach f -> List.of(Branch.BODY);
            default -> List.of();
        };
    }

    static List<Step> branch(Step owner, Branch branch) {
        return switch (owner.type()) {
            case StepType.Condition c when branch == Branch.THEN -> c.then();
            case StepType.Condition c when branch == Branch.ELSE -> c.otherwise();
            case StepType.ForEach f when branch == Branch.BODY -> f.body();
            default -> throw new IllegalArgumentException("step '" + owner.id() + "' has no " + branch + " branch");
        };
    }

    private static Step withBranch(Step owner, Branch branch, List<Step> steps) {
        StepType type = switch (owner.type()) {
            case StepType.Condition c when branch == Branch.THEN ->
                    new StepType.Condition(c.expression(), steps, c.otherwise());
            case StepType.Condition c when branch == Branch.ELSE ->
                    new StepType.Condition(c.expression(), c.then(), steps);
            case StepType.ForEach f when branch == Branch.BODY ->
                    new StepType.ForEach(f.items(), steps, f.concurrency());
            default -> throw new IllegalArgumentException("step '" + owner.id() + "' has no " + branch + " branch");
        };
        return new Step(owner.id(), type, owner.retry(), owner.timeout(), owner.onError());
    }

    private static List<Step> editList(List<Step> root, StepList list, UnaryOperator<List<Step>> edit) {
        if (list.owner() == null) {
            return List.copyOf(edit.apply(root));
        }
        return replace(root, list.owner(), owner -> withBranch(owner, list.branch(),
                edit.apply(branch(owner, list.branch()))));
    }

    private static void collect(List<Step> steps, List<String> ids) {
        for (Step step : steps) {
            ids.add(step.id());
            for (Branch b : branches(step)) {
                collect(branch(step, b), ids);
            }
        }
    }
}
