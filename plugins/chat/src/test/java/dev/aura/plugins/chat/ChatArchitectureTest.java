package dev.aura.plugins.chat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aura.plugins.api.testing.PluginArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shared plugin rules, plus: only the UI reaches UI libraries, and nothing knows the entry point back. */
class ChatArchitectureTest extends PluginArchitectureRules {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aura.plugins.chat");

    @Override
    protected String pluginPackage() {
        return "dev.aura.plugins.chat";
    }

    @Test
    void onlyTheUiTouchesUiLibraries() {
        noClasses().that().resideOutsideOfPackage("dev.aura.plugins.chat.ui..")
                .and().doNotHaveSimpleName("ChatPlugin")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                        "dev.aura.plugins.chat.ui..")
                .check(CLASSES);
    }

    @Test
    void uiServiceAndCliDoNotKnowTheEntryPoint() {
        noClasses().that().resideInAnyPackage("dev.aura.plugins.chat.ui..", "dev.aura.plugins.chat.cli..",
                        "dev.aura.plugins.chat.service..", "dev.aura.plugins.chat.store..")
                .should().dependOnClassesThat().haveSimpleName("ChatPlugin")
                .check(CLASSES);
    }

    @Test
    void theUiGoesThroughTheServiceAndRepositoriesNotTheirImplementations() {
        noClasses().that().resideInAPackage("dev.aura.plugins.chat.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.aura.plugins.chat.store.jdbi..")
                .orShould().dependOnClassesThat().haveSimpleName("PersistentChatService")
                .check(CLASSES);
    }
}
