package dev.aura.app.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** ARCHITECTURE.md §1 for the shell: it knows plugins only through the SPI, and the CLI never loads JavaFX. */
@AnalyzeClasses(packages = "dev.aura.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {
    @ArchTest
    static final ArchRule appKnowsPluginsOnlyThroughTheSpi = noClasses()
            .should().dependOnClassesThat(resideInAPackage("dev.aura.plugins..")
                    .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAPackage("dev.aura.plugins.api.."))));

    @ArchTest
    static final ArchRule cliNeverTouchesJavaFx =
            noClasses().that().resideInAPackage("dev.aura.app.cli..").should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule appPackagesHaveNoCycles = slices().matching("dev.aura.app.(*)..").should().beFreeOfCycles();
}
