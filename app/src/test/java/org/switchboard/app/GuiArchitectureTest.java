package org.switchboard.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The GUI's house rules: ViewModels stay free of scene graph classes; features talk through ports. */
class GuiArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.switchboard.app");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..")
                .check(APP);
    }

    @Test
    void viewModelsAndPortsDoNotNeedTheFxApplicationThread() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("org.switchboard.app.services..")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .check(APP);
    }

    @Test
    void theCommandLineLoadsNoJavaFx() {
        noClasses().that().resideInAPackage("org.switchboard.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .check(APP);
    }
}
