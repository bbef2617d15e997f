package dev.aura.plugins.models;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md §1 for this plugin: logic and CLI are FX-free, no cycles, no System.out outside the CLI. */
class ModelsArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aura.plugins.models");

    @Test
    void logicAndCliNeverTouchJavaFx() {
        // ModelsPlugin bridges the SPI, whose createView() returns a Node; it only delegates to the ui package
        noClasses().that().resideInAnyPackage("dev.aura.plugins.models", "dev.aura.plugins.models.cli")
                .and().doNotHaveSimpleName("ModelsPlugin")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void cliDoesNotDependOnTheUi() {
        noClasses().that().resideInAPackage("dev.aura.plugins.models.cli")
                .should().dependOnClassesThat().resideInAPackage("dev.aura.plugins.models.ui")
                .check(CLASSES);
    }

    @Test
    void libraryCodeLogsInsteadOfPrinting() {
        noClasses().that().resideOutsideOfPackage("dev.aura.plugins.models.cli")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        // the plugin entry point sits in the root package and knows ui and cli; they must not know it back
        noClasses().that().resideInAnyPackage("dev.aura.plugins.models.ui", "dev.aura.plugins.models.cli")
                .should().dependOnClassesThat().haveSimpleName("ModelsPlugin")
                .check(CLASSES);
        slices().matching("dev.aura.plugins.models.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
