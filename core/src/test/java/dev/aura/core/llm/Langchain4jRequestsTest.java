package dev.aura.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Langchain4jRequestsTest {
    @Test
    void keepAliveUnderstandsOllamasDurationForms() {
        assertThat(Langchain4jRequests.keepAliveSeconds("5m")).isEqualTo(300);
        assertThat(Langchain4jRequests.keepAliveSeconds("1h30m")).isEqualTo(5400);
        assertThat(Langchain4jRequests.keepAliveSeconds("300")).isEqualTo(300);
        assertThat(Langchain4jRequests.keepAliveSeconds("-1")).isEqualTo(-1);
        assertThat(Langchain4jRequests.keepAliveSeconds("0")).isZero();
        assertThat(Langchain4jRequests.keepAliveSeconds(null)).isNull();
        assertThatThrownBy(() -> Langchain4jRequests.keepAliveSeconds("soon"))
                .hasMessageContaining("5m");
    }
}
