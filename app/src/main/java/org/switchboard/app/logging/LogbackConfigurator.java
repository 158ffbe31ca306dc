package org.switchboard.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import org.slf4j.Logger;

/**
 * Logback's configuration, in code: warnings and errors to stderr, never to stdout (it carries the
 * CLI's JSON); the GUI's log file in the profile gets INFO too. {@code SWITCHBOARD_LOG_LEVEL=debug} (or info, …) shows more. The GUI adds a log file in
 * the profile with {@link Logging#logToProfile}. Found by Logback through {@code META-INF/services}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogbackConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("stderr");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel(level(System.getenv("SWITCHBOARD_LOG_LEVEL"), Level.WARN).levelStr);
        threshold.start();
        console.addFilter(threshold);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level(System.getenv("SWITCHBOARD_LOG_LEVEL"), Level.WARN));
        root.addAppender(console);
        // libjitsi warns "invalid_rtt" at every RTCP report (the engine measures round trips itself), and FMJ
        // says "Unable to configure" whenever the engine unblocks a stream closed mid-configure: both expected
        context.getLogger("org.jitsi.impl.neomedia.MediaStreamStatsImpl").setLevel(Level.ERROR);
        context.getLogger("net.sf.fmj.media.Log").setLevel(Level.ERROR);
        Logging.bridgeJul(context); // Smack and libjitsi log through java.util.logging, whose console handler ignores our levels
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static Level level(String name, Level fallback) {
        return name == null || name.isBlank() ? fallback : Level.toLevel(name.toUpperCase(Locale.ROOT), fallback);
    }
}
