package dev.aura.plugins.automation.ui.editor;

import java.util.Objects;

/**
 * Where a step sits in a workflow's step tree: its index in a list, which is the top-level list or a branch (then,
 * else, each-item body) of the step at {@code list.owner}.
 */
public record StepPath(StepList list, int index) {
    public enum Branch { ROOT, THEN, ELSE, BODY }

    /** A list of steps: the workflow's own ({@code owner} null) or a branch of the step at {@code owner}. */
    public record StepList(StepPath owner, Branch branch) {
        public static final StepList ROOT = new StepList(null, Branch.ROOT);

        public StepList {
            Objects.requireNonNull(branch, "branch");
            if ((owner == null) != (branch == Branch.ROOT)) {
                throw new IllegalArgumentException("only the top-level list has no owner");
            }
        }

        public StepPath at(int index) {
            return new StepPath(this, index);
        }

        /** How deeply the list is nested (0 for the top level). */
        public int depth() {
            return owner == null ? 0 : owner.list().depth() + 1;
        }
    }

    public static StepPath top(int index) {
        return new StepPath(StepList.ROOT, index);
    }

    public StepPath withIndex(int newIndex) {
        return new StepPath(list, newIndex);
    }

    public StepList branch(Branch branch) {
        return new StepList(this, branch);
    }

    public int depth() {
        return list.depth();
    }
}
