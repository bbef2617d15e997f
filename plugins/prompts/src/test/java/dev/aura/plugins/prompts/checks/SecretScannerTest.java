package dev.aura.plugins.prompts.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.checks.Finding.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretScannerTest {
    private final PromptChecker checker = new PromptChecker();

    private List<Finding> check(String template) {
        return checker.check(CardContent.blank("card").withVariants(List.of(new PromptVariant("A", template))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Use the key sk-proj-4f9aX2bQ7cLm0PzR8tYv1WnK3sD6 to call the API.|OpenAI sk-|sk-proj-4f9aX2bQ7cLm0PzR8tYv1WnK3sD6",
        "Anthropic key sk-ant-api03-abcdefghijKLMNOPQRSTUV0123456789|Anthropic sk-ant-|sk-ant-api03-abcdefghijKLMNOPQRSTUV0123456789",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE|AWS AKIA|AKIAIOSFODNN7EXAMPLE",
        "clone with ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5 please|GitHub ghp_|ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5",
        "Post to Slack with xoxb-123456789012-abcdefABCDEF|Slack xox|xoxb-123456789012-abcdefABCDEF",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig|Bearer|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig",
        "-----BEGIN RSA PRIVATE KEY-----|PEM private key|-----BEGIN RSA PRIVATE KEY-----",
        "Log in with password=hunter22 if asked.|password=|hunter22",
        "config: {\"api_key\": \"a8f3k2m9x7q1\"}|api_key=|a8f3k2m9x7q1",
        "Signing secret Zx8Qm2Lp9Rt4Vw7Ys1Kc6Nb3Hd5Gf0JaTuEo is here|high-entropy|Zx8Qm2Lp9Rt4Vw7Ys1Kc6Nb3Hd5Gf0JaTuEo"})
    void secretsAreFoundAndMaskedInTheExcerpt(String line, String label, String secret) {
        List<Finding> findings = check("Answer the question.\n" + line);

        assertThat(findings).filteredOn(f -> f.kind() == Kind.SECRET_IN_TEMPLATE).singleElement().satisfies(f -> {
            assertThat(f.args()).containsExactly(label);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.excerpt()).doesNotContain(secret).contains("•");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "api_key: YOUR_API_KEY",
        "api_key: {{ api_key }}",
        "password: ${PASSWORD}",
        "Each token: counted once.",
        "The fix is in commit 3f786850e387550fdab836ed7e6dc881de23001b of the repo.",
        "See https://example.com/docs/getting-started/installation/linux/ubuntu2404 for help.",
        "Name the internationalization and localization2 requirements."})
    void placeholdersHashesAndProseAreNotSecrets(String line) {
        assertThat(check("Answer the question.\n" + line)).isEmpty();
    }
}
