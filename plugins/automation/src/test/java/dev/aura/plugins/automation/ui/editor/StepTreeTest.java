package dev.aura.plugins.automation.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.ui.editor.StepPath.Branch;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepTreeTest {
    private static Step notify(String id) {
        return Step.of(id, new StepType.Notify(null, id));
    }

    private static final List<Step> TREE = List.of(notify("a"),
            Step.of("check", new StepType.Condition("{{ true }}", List.of(notify("t1"), notify("t2")),
                    List.of(notify("e1")))),
            Step.of("each", new StepType.ForEach("{{ vars.items }}", List.of(notify("b1")), 2)));

    @Test
    void nestedStepsAreFoundByTheirPath() {
        StepPath t2 = StepPath.top(1).branch(Branch.THEN).at(1);
        assertThat(StepTree.get(TREE, t2).id()).isEqualTo("t2");
        assertThat(StepTree.get(TREE, StepPath.top(2).branch(Branch.BODY).at(0)).id()).isEqualTo("b1");
        assertThat(StepTree.exists(TREE, StepPath.top(1).branch(Branch.ELSE).at(1))).isFalse();
        assertThat(StepTree.exists(TREE, StepPath.top(0).branch(Branch.THEN).at(0))).isFalse();
        assertThat(StepTree.ids(TREE)).containsExactly("a", "check", "t1", "t2", "e1", "each", "b1");
    }

    @Test
    void editsInABranchKeepTheRestOfTheTree() {
        StepPath.StepList then = StepPath.top(1).branch(Branch.THEN);
        List<Step> moved = StepTree.move(TREE, then.at(1), 0);
        assertThat(StepTree.ids(moved)).containsExactly("a", "check", "t2", "t1", "e1", "each", "b1");
        List<Step> inserted = StepTree.insert(TREE, StepPath.top(2).branch(Branch.BODY), 1, notify("b2"));
        assertThat(((StepType.ForEach) inserted.get(2).type()).body()).extracting(Step::id)
                .containsExactly("b1", "b2");
        assertThat(((StepType.ForEach) inserted.get(2).type()).concurrency()).isEqualTo(2);
        List<Step> removed = StepTree.remove(TREE, StepPath.top(1).branch(Branch.ELSE).at(0));
        assertThat(((StepType.Condition) removed.get(1).type()).otherwise()).isEmpty();
        assertThat(((StepType.Condition) removed.get(1).type()).expression()).isEqualTo("{{ true }}");
        List<Step> renamed = StepTree.replace(TREE, then.at(0), s -> Step.of("first", s.type()));
        assertThat(StepTree.get(renamed, then.at(0)).id()).isEqualTo("first");
        assertThat(TREE.get(1)).isEqualTo(StepTree.remove(StepTree.insert(TREE, then, 0, notify("x")),
                then.at(0)).get(1));
    }

    @Test
    void freshIdsAvoidEveryIdInTheTree() {
        assertThat(StepTree.freshId(TREE, "fetch")).isEqualTo("fetch");
        assertThat(StepTree.freshId(TREE, "t")).isEqualTo("t");
        assertThat(StepTree.freshId(TREE, "e1")).isEqualTo("e12");
        assertThat(StepTree.freshId(List.of(notify("b"), notify("b2")), "b")).isEqualTo("b3");
    }
}
