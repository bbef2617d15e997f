package dev.aura.app.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The shell's own packages: no cycles between any two of them, and view models stay free of controls. */
@AnalyzeClasses(packages = "dev.aura.app.shell", importOptions = ImportOption.DoNotIncludeTests.class)
class ShellArchitectureTest {
    /** Every package (the shell root included) is its own slice. */
    @ArchTest
    static final ArchRule shellPackagesHaveNoCycles = slices().matching("dev.aura.app.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewModelsDoNotTouchControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..");

    /** The start-up probe alone prints: its one line on stdout is what the benchmark reads. */
    @ArchTest
    static final ArchRule noStandardStreams = noClasses().that().doNotHaveSimpleName("StartupProbe")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule shellDoesNotUseTheCli = noClasses()
            .should().dependOnClassesThat().resideInAPackage("dev.aura.app.cli..");
}
