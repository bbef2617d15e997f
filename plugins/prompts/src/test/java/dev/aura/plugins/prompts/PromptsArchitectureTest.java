package dev.aura.plugins.prompts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aura.plugins.api.testing.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shared plugin rules, plus: only the UI reaches UI libraries, and the UI goes through the store interfaces. */
class PromptsArchitectureTest extends PluginArchitectureRules {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aura.plugins.prompts");

    @Override
    protected String pluginPackage() {
        return "dev.aura.plugins.prompts";
    }

    @Test
    void onlyTheUiTouchesUiLibraries() {
        noClasses().that().resideOutsideOfPackage("dev.aura.plugins.prompts.ui..")
                .and().doNotHaveSimpleName("PromptsPlugin")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                        "org.fxmisc..", "dev.aura.plugins.prompts.ui..")
                .check(CLASSES);
    }

    @Test
    void theUiGoesThroughTheStoreInterfacesNotTheDatabase() {
        noClasses().that().resideInAPackage("dev.aura.plugins.prompts.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.aura.plugins.prompts.store..")
                .orShould().dependOnClassesThat().haveSimpleName("PromptsPlugin")
                .orShould().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .check(CLASSES);
    }
}
