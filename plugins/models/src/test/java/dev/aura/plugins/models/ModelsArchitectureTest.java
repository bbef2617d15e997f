package dev.aura.plugins.models;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aura.plugins.api.testing.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shared plugin rules, plus: the CLI never reaches the UI or its libraries, and only the CLI prints. */
class ModelsArchitectureTest extends PluginArchitectureRules {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aura.plugins.models");

    @Override
    protected String pluginPackage() {
        return "dev.aura.plugins.models";
    }

    @Test
    void cliAndLogicNeverTouchUiLibraries() {
        noClasses().that().resideInAnyPackage("dev.aura.plugins.models", "dev.aura.plugins.models.cli")
                .and().doNotHaveSimpleName("ModelsPlugin")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                        "dev.aura.plugins.models.ui..")
                .check(CLASSES);
    }

    @Test
    void libraryCodeLogsInsteadOfPrinting() {
        noClasses().that().resideOutsideOfPackage("dev.aura.plugins.models.cli")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void uiAndCliDoNotKnowTheEntryPoint() {
        // ModelsPlugin sits in the root package and knows ui and cli; they must not know it back
        noClasses().that().resideInAnyPackage("dev.aura.plugins.models.ui", "dev.aura.plugins.models.cli")
                .should().dependOnClassesThat().haveSimpleName("ModelsPlugin")
                .check(CLASSES);
    }
}
