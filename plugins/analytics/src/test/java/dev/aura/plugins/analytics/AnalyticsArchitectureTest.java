package dev.aura.plugins.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aura.plugins.api.testing.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shared plugin rules, plus: only the UI reaches UI libraries, and the UI goes through the service interface. */
class AnalyticsArchitectureTest extends PluginArchitectureRules {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aura.plugins.analytics");

    @Override
    protected String pluginPackage() {
        return "dev.aura.plugins.analytics";
    }

    @Test
    void onlyTheUiTouchesUiLibraries() {
        noClasses().that().resideOutsideOfPackage("dev.aura.plugins.analytics.ui..")
                .and().doNotHaveSimpleName("AnalyticsPlugin")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                        "dev.aura.plugins.analytics.ui..")
                .check(CLASSES);
    }

    @Test
    void theUiGoesThroughTheServiceInterfaceNotItsImplementation() {
        noClasses().that().resideInAPackage("dev.aura.plugins.analytics.ui..")
                .should().dependOnClassesThat().haveSimpleName("JdbiAnalyticsService")
                .orShould().dependOnClassesThat().haveSimpleName("AnalyticsPlugin")
                .orShould().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .check(CLASSES);
    }
}
