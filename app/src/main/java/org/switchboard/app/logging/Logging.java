package org.switchboard.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Where the GUI logs: a rolling file in the profile, plus the libraries' JUL logging bridged to SLF4J. */
public final class Logging {
    private Logging() {}

    /** Logs INFO and above to {@code PROFILE/logs/switchboard.log} (rolled daily and at 10 MB, 14 days kept). */
    public static void logToProfile(Path profileDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Path dir = profileDir.resolve("logs");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(LogbackConfigurator.PATTERN);
        encoder.start();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("profile-file");
        file.setFile(dir.resolve("switchboard.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir.resolve("switchboard.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(file);
        root.setLevel(LogbackConfigurator.level(System.getenv("SWITCHBOARD_LOG_LEVEL"), Level.INFO));
        bridgeJul(context);
    }

    /** Routes java.util.logging (Smack, libjitsi, Jakarta Mail) to SLF4J, with levels kept in sync. */
    static void bridgeJul(LoggerContext context) {
        LevelChangePropagator propagator = new LevelChangePropagator();
        propagator.setContext(context);
        propagator.setResetJUL(true);
        propagator.start();
        context.addListener(propagator);
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
