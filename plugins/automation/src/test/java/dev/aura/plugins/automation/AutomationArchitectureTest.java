package dev.aura.plugins.automation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aura.plugins.api.testing.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shared plugin rules, plus: the engine core logs instead of printing, and the model depends on nothing else here. */
class AutomationArchitectureTest extends PluginArchitectureRules {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aura.plugins.automation");

    @Override
    protected String pluginPackage() {
        return "dev.aura.plugins.automation";
    }

    @Test
    void libraryCodeLogsInsteadOfPrinting() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void workflowModelDependsOnNoOtherAutomationPackage() {
        noClasses().that().resideInAPackage("dev.aura.plugins.automation.model")
                .should().dependOnClassesThat().resideInAnyPackage("dev.aura.plugins.automation.engine..",
                        "dev.aura.plugins.automation.steps..", "dev.aura.plugins.automation.yaml..",
                        "dev.aura.plugins.automation.validation..", "dev.aura.plugins.automation.cron..")
                .check(CLASSES);
    }
}
