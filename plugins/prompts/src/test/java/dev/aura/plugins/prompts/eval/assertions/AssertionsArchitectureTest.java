package dev.aura.plugins.prompts.eval.assertions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The evaluation core runs headless in the CLI: assertions and the grader never reach JavaFX or the plugin UI. */
class AssertionsArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aura.plugins.prompts.eval");

    @Test
    void theEvaluationCoreIsFreeOfUiLibraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                "dev.aura.plugins.api.ui..").check(CLASSES);
    }

    @Test
    void assertionsDoNotKnowTheGraderThatRunsThem() {
        noClasses().that().resideInAPackage("dev.aura.plugins.prompts.eval.assertions..")
                .should().dependOnClassesThat().haveSimpleName("DefaultGrader").check(CLASSES);
    }
}
