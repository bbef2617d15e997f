package dev.aura.plugins.prompts.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering as promptfoo's Nunjucks does, with examples written from promptfoo's prompt documentation. */
class JinjavaPromptTemplatesTest {
    private final PromptTemplates templates = new JinjavaPromptTemplates();

    @Test
    void fillsTheTopicOfPromptfoosJokeExample() {
        assertThat(templates.render("Tell me a joke about {{topic}}", Map.of("topic", "bananas")))
                .isEqualTo("Tell me a joke about bananas");
    }

    @Test
    void fillsSeveralVariablesOfATranslationPrompt() {
        String prompt = "Translate the following text to {{language}}:\n\n{{ input }}\n";
        assertThat(templates.render(prompt, Map.of("language", "French", "input", "Hello world")))
                .isEqualTo("Translate the following text to French:\n\nHello world\n");
    }

    @Test
    void rendersPromptfoosConfigurationExamples() {
        Map<String, Object> vars = Map.of("name", "Bob", "text", "Good morning", "product", "widget",
                "premium", true, "issue", "Login fails");
        assertThat(templates.render("Translate the following text to French: \"{{name}}: {{text}}\"", vars))
                .isEqualTo("Translate the following text to French: \"Bob: Good morning\"");
        assertThat(templates.render("Product: {{product | upper}}", vars)).isEqualTo("Product: WIDGET");
        assertThat(templates.render("{% if premium %}Priority support: {% endif %}{{issue}}", vars))
                .isEqualTo("Priority support: Login fails");
    }

    @Test
    void fillsAMultiShotChatPromptFromPromptfoosDocs() {
        String prompt = """
                [
                  {"role": "system", "content": "You are a translator can converts input to {{ language }}."},
                  {"role": "user", "content": "{{ text }}"}
                ]""";
        assertThat(templates.render(prompt, Map.of("language", "German", "text", "Hello")))
                .contains("converts input to German.\"}").contains("\"content\": \"Hello\"}");
    }

    @Test
    void leavesHtmlUnescapedAsPromptfooDoes() {
        assertThat(templates.render("{{ snippet }}", Map.of("snippet", "<b>&'\"</b>"))).isEqualTo("<b>&'\"</b>");
    }

    @Test
    void insertsVariablesIntoAChatJsonPrompt() {
        String prompt = """
                [
                  {"role": "system", "content": "You are a {{ persona }}."},
                  {"role": "user", "content": {{ question | dump }}}
                ]""";
        String rendered = templates.render(prompt, Map.of("persona", "pirate", "question", "Where is the \"gold\"?"));
        assertThat(rendered).isEqualTo("""
                [
                  {"role": "system", "content": "You are a pirate."},
                  {"role": "user", "content": "Where is the \\"gold\\"?"}
                ]""");
    }

    @Test
    void readsNestedFieldsAndListItems() {
        Map<String, Object> vars = Map.of("user", Map.of("name", "Ada", "langs", List.of("en", "th")),
                "items", List.of("first", "second"));
        assertThat(templates.render("{{ user.name }} speaks {{ user.langs[1] }}; {{ items[0] }}", vars))
                .isEqualTo("Ada speaks th; first");
    }

    @Test
    void appliesNunjucksFilters() {
        Map<String, Object> vars = Map.of("name", "  ada lovelace ", "tags", List.of("a", "b", "c"));
        assertThat(templates.render(
                        "{{ name | trim | upper }}|{{ name | trim | title }}|{{ 'X' | lower }}|{{ tags | join(', ') }}"
                                + "|{{ tags | length }}|{{ tags | first }}{{ tags | last }}"
                                + "|{{ name | trim | replace('ada', 'grace') }}|{{ missing | default('none') }}",
                        vars))
                .isEqualTo("ADA LOVELACE|Ada Lovelace|x|a, b, c|3|ac|grace lovelace|none");
    }

    @Test
    void dumpAndTojsonPrintJsonAsNunjucksDumpDoes() {
        Map<String, Object> vars = Map.of("doc", orderedMap("a", 1, "b", List.of(true, "x")), "text", "é\"");
        assertThat(templates.render("{{ doc | dump }} {{ doc | tojson }} {{ text | dump }}", vars))
                .isEqualTo("{\"a\":1,\"b\":[true,\"x\"]} {\"a\":1,\"b\":[true,\"x\"]} \"é\\\"\"");
        assertThat(templates.render("{{ doc | dump(2) }}", vars))
                .isEqualTo("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    \"x\"\n  ]\n}");
    }

    @Test
    void printsMapsAndListsAsJson() {
        Map<String, Object> vars = Map.of("doc", orderedMap("name", "Ada", "tags", List.of("x", "y")),
                "rows", List.of(Map.of("id", 1)));
        assertThat(templates.render("{{ doc }} {{ doc.tags }} {% for r in rows %}{{ r }}{% endfor %}", vars))
                .isEqualTo("{\"name\":\"Ada\",\"tags\":[\"x\",\"y\"]} [\"x\",\"y\"] {\"id\":1}");
    }

    @Test
    void keepsJsonStringVariablesAsPlainText() {
        assertThat(templates.render("Data: {{ data }}", Map.of("data", "{\"a\": [1, 2]}")))
                .isEqualTo("Data: {\"a\": [1, 2]}");
    }

    @Test
    void choosesBranchesWithIfElifElse() {
        String prompt = "{% if tone == 'formal' %}Dear user{% elif tone == 'casual' %}Hey{% else %}Hello{% endif %}";
        assertThat(templates.render(prompt, Map.of("tone", "formal"))).isEqualTo("Dear user");
        assertThat(templates.render(prompt, Map.of("tone", "casual"))).isEqualTo("Hey");
        assertThat(templates.render(prompt, Map.of())).isEqualTo("Hello");
    }

    @Test
    void acceptsNunjucksElseifSpelling() {
        String prompt = "{% if a %}A{% elseif b %}B{% else %}C{% endif %}";
        assertThat(templates.render(prompt, Map.of("b", true))).isEqualTo("B");
    }

    @Test
    void walksAnObjectsEntriesWithKeyAndValue() {
        Map<String, Object> vars = Map.of("facts", orderedMap("name", "Ada", "born", 1815),
                "rows", List.of(List.of("x", 1), List.of("y", 2)));
        assertThat(templates.render("{% for key, value in facts %}{{ key }}={{ value }};{% endfor %}"
                        + "{% for k, v in rows %}{{ k }}{{ v }}{% endfor %}", vars))
                .isEqualTo("name=Ada;born=1815;x1y2");
    }

    @Test
    void loopsOverListsWithLoopIndex() {
        String prompt = "{% for q in questions %}{{ loop.index }}. {{ q }}\n{% endfor %}";
        assertThat(templates.render(prompt, Map.of("questions", List.of("Why?", "How?"))))
                .isEqualTo("1. Why?\n2. How?\n");
    }

    @Test
    void setsLocalValuesAndDropsComments() {
        assertThat(templates.render("{# a note #}{% set greeting = 'Hi ' ~ name %}{{ greeting }}!",
                        Map.of("name", "Ada")))
                .isEqualTo("Hi Ada!");
    }

    @Test
    void trimsWhitespaceAroundDashedTags() {
        String prompt = "Items:\n{%- for x in xs %}\n  - {{ x }}\n{%- endfor %}\nEnd";
        assertThat(templates.render(prompt, Map.of("xs", List.of("a", "b")))).isEqualTo("Items:\n  - a\n  - b\nEnd");
    }

    @Test
    void rendersUndefinedVariablesAsNothing() {
        assertThat(templates.render("[{{ missing }}][{{ missing.deeper }}][{{ user.nope }}]",
                        Map.of("user", Map.of("name", "Ada"))))
                .isEqualTo("[][][]");
    }

    @Test
    void doesNotRenderTemplateSyntaxInsideValues() {
        assertThat(templates.render("{{ input }}", Map.of("input", "{{ secret }}"))).isEqualTo("{{ secret }}");
    }

    @Test
    void keepsTheRenderedTextOfNonDataValues() {
        assertThat(templates.render("{{ n }} {{ ok }} {{ nothing }}", vars("n", 2.5, "ok", true, "nothing", null)))
                .isEqualTo("2.5 true ");
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.Queue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            String id = "t" + t;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 200; i++) {
                    String out = templates.render("{{ id }}-{% for x in xs %}{{ x }}{% endfor %}",
                            Map.of("id", id, "xs", List.of(i, i)));
                    if (!out.equals(id + "-" + i + i)) {
                        wrong.add(out);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void reportsAnUnclosedTagWithItsLine() {
        assertThatThrownBy(() -> templates.render("Hello\n{% if name %}\n{{ name }}", Map.of()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("line 2").contains("endif");
                });
    }

    @Test
    void reportsAnUnknownTag() {
        assertThatThrownBy(() -> templates.render("one\ntwo {% frobnicate %}", Map.of()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).contains("frobnicate");
                });
    }

    @Test
    void reportsABadExpressionWithLineAndColumn() {
        assertThatThrownBy(() -> templates.render("a\nb {{ 1 + }}", Map.of()))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("Template error at line 2").contains("1 +");
                });
    }

    @Test
    void reportsAnUnknownFilterWithItsPosition() {
        assertThatThrownBy(() -> templates.render("Hi\n  {{ name | shout }}", Map.of("name", "x")))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(13);
                    assertThat(e.getMessage()).contains("unknown filter 'shout'");
                });
        assertThat(templates.render("{{ 'a | b' }}", Map.of())).isEqualTo("a | b");
    }

    private static Map<String, Object> orderedMap(Object... pairs) {
        return vars(pairs);
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
