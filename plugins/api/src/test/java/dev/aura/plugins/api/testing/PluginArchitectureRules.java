package dev.aura.plugins.api.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aura.plugins.api.AuraPlugin;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md §1 for one plugin; every plugin has a test that extends this. Only the {@code .ui} package, and the
 * plugin's entry class that bridges to it, may touch JavaFX; a plugin never depends on another plugin.
 */
public abstract class PluginArchitectureRules {
    /** The plugin's root package, e.g. "dev.aura.plugins.models". */
    protected abstract String pluginPackage();

    private JavaClasses classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pluginPackage());
    }

    @Test
    void featureLogicOutsideUiIsFreeOfJavaFx() {
        noClasses().that().resideInAPackage(pluginPackage() + "..")
                .and().resideOutsideOfPackage(pluginPackage() + ".ui..")
                .and().doNotImplement(AuraPlugin.class)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes());
    }

    @Test
    void pluginDependsOnNoOtherPluginNorTheApp() {
        noClasses().that().resideInAPackage(pluginPackage() + "..")
                .should().dependOnClassesThat(resideInAPackage("dev.aura.plugins..")
                        .and(not(resideInAnyPackage(pluginPackage() + "..", "dev.aura.plugins.api.."))))
                .orShould().dependOnClassesThat().resideInAPackage("dev.aura.app..")
                .check(classes());
    }

    @Test
    void pluginPackagesHaveNoCycles() {
        slices().matching(pluginPackage() + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes());
    }
}
