package dev.aura.plugins.prompts.promptfoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a promptfoo config ({@code promptfooconfig.yaml}) and the files it references into a {@link PromptfooConfig}.
 * Whatever Aura does not support becomes an {@link ImportWarning}; a file that cannot be read fails the whole import
 * with a {@link PromptfooImportException} (nothing partial is returned).
 */
public final class PromptfooConfigReader {
    private static final Set<String> TOP_LEVEL = Set.of("description", "prompts", "providers", "targets", "tests", "defaultTest");

    public PromptfooConfig read(Path configFile) {
        Path file = configFile.toAbsolutePath().normalize();
        ConfigFiles files = new ConfigFiles(file.getParent());
        List<ImportWarning> warnings = new ArrayList<>();
        ImportContext ctx = new ImportContext(files, file, warnings);
        JsonNode root = files.readYaml(file, "the import");
        if (!root.isObject()) {
            throw new PromptfooImportException(file, "a promptfoo config must be a YAML map with 'prompts', 'providers' and 'tests'."
                    + " Check that this is a promptfooconfig.yaml.");
        }
        ctx.warnUnknownFields(root, "", TOP_LEVEL);
        String description = ctx.text(root.get("description"), "description");
        List<PromptDef> prompts = new PromptsReader(ctx).read(root.get("prompts"));
        String providersField = root.has("providers") ? "providers" : "targets";
        if (root.has("providers") && root.has("targets")) {
            ctx.warn("targets", "both 'providers' and 'targets' are set; 'targets' was not imported");
        }
        List<ProviderDef> providers = new ProvidersReader(ctx).read(root.get(providersField), providersField);
        TestsReader testsReader = new TestsReader(ctx);
        List<TestDef> tests = testsReader.read(root.get("tests"), "tests");
        JsonNode defaultNode = root.get("defaultTest");
        TestDef defaultTest = defaultNode == null || defaultNode.isNull()
                ? TestDef.empty()
                : testsReader.test(defaultNode, "defaultTest");
        return new PromptfooConfig(description, prompts, providers, tests, defaultTest, warnings);
    }
}
