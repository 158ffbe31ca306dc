package org.switchboard.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of docs/architecture.md as ArchUnit rules. Every module runs all of them
 * over the classes it can see (its own and its dependencies'), so a violation fails the build of
 * the module that introduces it. Dependencies point one way:
 * {@code app → channels/*, media, contacts, themes}; {@code channels/* → channels/api → contacts}.
 */
public final class ArchitectureRules {
    private static final String CONTACTS = "org.switchboard.contacts..";
    private static final String CHANNELS_API = "org.switchboard.channels.api..";
    private static final String CHANNELS = "org.switchboard.channels..";
    private static final String MEDIA = "org.switchboard.media..";
    private static final String THEMES = "org.switchboard.themes..";
    private static final String APP = "org.switchboard.app..";
    private static final String[] PROTOCOL_LIBRARIES = {
        "org.jivesoftware..", "org.jxmpp..", "javax.sip..", "gov.nist..", "org.jitsi..", "jakarta.mail..",
        "org.eclipse.angus..", "net.fortuna.ical4j..", "org.freedesktop.dbus.."};

    private ArchitectureRules() {}

    @ArchTest
    public static final ArchRule contactsIsPureDomain = noClasses().that().resideInAPackage(CONTACTS)
            .should().dependOnClassesThat().resideInAnyPackage(CHANNELS, MEDIA, THEMES, APP, "javafx..")
            .orShould().dependOnClassesThat().resideInAnyPackage(PROTOCOL_LIBRARIES)
            .because("contacts/ is the pure domain: no UI, no protocol libraries")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule reachPolicyDoesNoIo = noClasses().that().resideInAPackage("org.switchboard.contacts.reach..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..",
                    "org.switchboard.contacts.store..", "org.switchboard.contacts.vcard..")
            .because("the Reach policy is a pure function")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule channelApiDependsOnlyOnContacts = noClasses().that().resideInAPackage(CHANNELS_API)
            .should().dependOnClassesThat().resideInAnyPackage(MEDIA, THEMES, APP, "javafx..")
            .orShould().dependOnClassesThat().resideInAnyPackage(PROTOCOL_LIBRARIES)
            .because("library types never cross channels/api")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule channelsDoNotKnowTheApp = noClasses().that().resideInAPackage(CHANNELS)
            .should().dependOnClassesThat().resideInAnyPackage(APP, THEMES, "javafx..")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule mediaStandsAlone = noClasses().that().resideInAPackage(MEDIA)
            .should().dependOnClassesThat().resideInAnyPackage(CHANNELS, APP, THEMES, "javafx..")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule onlyMediaTouchesLibjitsi = noClasses().that().resideOutsideOfPackage(MEDIA)
            .and().resideInAPackage("org.switchboard..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jitsi..")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule themesKnowOnlyJavaFx = noClasses().that().resideInAPackage(THEMES)
            .should().dependOnClassesThat().resideInAnyPackage(CONTACTS, CHANNELS, MEDIA, APP)
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule viewModelsDoNotTouchScenes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels are tested without the toolkit (JabRef's lesson)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule cliNeverLoadsJavaFx = noClasses().that().resideInAnyPackage("org.switchboard.app.cli..",
                    "org.switchboard.app.profile..", "org.switchboard.app.reach..", "org.switchboard.app.system..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.switchboard.app.shell..")
            .because("the command line runs without the GUI toolkit")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule noLog4j = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.apache.log4j..", "org.apache.logging.log4j..")
            .because("log through SLF4J; never ship log4j 1.x (ADR 0004)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule loggersAreSlf4j = classes().that().resideInAPackage("org.switchboard..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("java.util.logging..")
            .because("JUL is bridged to SLF4J; our code uses the SLF4J API")
            .allowEmptyShould(true);
}
