package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.plugins.models.PullProgressTracker.Phase;
import dev.aura.plugins.models.PullProgressTracker.Snapshot;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small helpers the panel and the CLI share: names, filter, facts, pull texts. */
class ModelTextsTest {
    private final PullTexts texts = new PullTexts(Messages.load(Locale.ENGLISH));

    @Test
    void aNameWithoutTagMeansLatest() {
        assertThat(ModelNames.same("llama3.2", "llama3.2:latest")).isTrue();
        assertThat(ModelNames.same("llama3.2:1b", "llama3.2:latest")).isFalse();
        assertThat(ModelNames.canonical("localhost:5000/team/model")).isEqualTo("localhost:5000/team/model:latest");
    }

    @Test
    void filterMatchesEveryWordAnywhere() {
        InstalledModel llama = model("llama3.2:latest", "llama", "3.2B", "Q4_K_M");
        InstalledModel qwen = model("qwen2.5:7b", "qwen2", "7.6B", "Q4_K_M");

        assertThat(ModelFilter.matching("LLAMA").test(llama)).isTrue();
        assertThat(ModelFilter.matching("qwen q4").test(qwen)).isTrue();
        assertThat(ModelFilter.matching("qwen q8").test(qwen)).isFalse();
        assertThat(ModelFilter.matching("  ").test(qwen)).isTrue();
    }

    @Test
    void parameterSizesSortByMagnitude() {
        assertThat(ModelFacts.parameterCount("70B")).isGreaterThan(ModelFacts.parameterCount("8B"));
        assertThat(ModelFacts.parameterCount("567M")).isLessThan(ModelFacts.parameterCount("1.2B"));
        assertThat(ModelFacts.parameterCount("")).isEqualTo(-1);
    }

    @Test
    void contextLengthComesFromModelInfo() {
        var details = new dev.aura.core.ollama.ModelDetails("m", "llama", "3.2B", "Q4_K_M", "gguf", "", "", "", "", "",
                java.util.List.of(), Map.of("general.architecture", "llama", "llama.context_length", 131072),
                Instant.EPOCH);
        assertThat(ModelFacts.contextLength(details)).hasValue(131072);
    }

    @Test
    void licenseExcerptKeepsTheBeginning() {
        String license = "LLAMA 3.2 COMMUNITY LICENSE AGREEMENT\n" + "line\n".repeat(100);
        assertThat(ModelFacts.licenseExcerpt(license)).startsWith("LLAMA 3.2 COMMUNITY LICENSE AGREEMENT").endsWith("…");
    }

    @Test
    void pullDetailShowsBytesPercentAndSpeed() {
        Snapshot s = new Snapshot(Phase.DOWNLOADING, "pulling aaa", 1_200_000_000L, 2_000_000_000L, 12_300_000);
        assertThat(texts.detail(s)).isEqualTo("1.2 GB of 2.0 GB · 60% · 12.3 MB/s");
        assertThat(texts.phase("llama3.2", s)).isEqualTo("Downloading llama3.2");
    }

    @Test
    void pullDetailLeavesOutASpeedItDoesNotKnowYet() {
        Snapshot s = new Snapshot(Phase.DOWNLOADING, "pulling aaa", 0, 2_000_000_000L, -1);
        assertThat(texts.detail(s)).isEqualTo("0 B of 2.0 GB · 0%");
    }

    static InstalledModel model(String name, String family, String params, String quant) {
        return new InstalledModel(name, 2_000_000_000L, "sha256:abc", Instant.EPOCH, family, params, quant, "gguf");
    }
}
