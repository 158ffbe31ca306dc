package org.switchboard.channels.sip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP's stack log through SLF4J (its default logger needs log4j 1.x, which we never ship).
 * Public only because JAIN-SIP creates it by name ({@code gov.nist.javax.sip.STACK_LOGGER}); not API.
 * The stack reports routine trouble (a malformed datagram) as errors, so levels are shifted down
 * down: its errors are our warnings, its warnings and infos our debug lines.
 */
public final class Slf4jStackLogger implements StackLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.switchboard.channels.sip.jainsip");
    /** The stack hands messages to the server logger only when its own "info" level is on. */
    private static final Logger WIRE = LoggerFactory.getLogger("org.switchboard.channels.sip.wire");

    public Slf4jStackLogger() {}

    @Override
    public void logStackTrace() {
        if (LOG.isTraceEnabled()) {
            LOG.trace("JAIN-SIP stack trace", new Throwable("stack trace"));
        }
    }

    @Override
    public void logStackTrace(int traceLevel) {
        logStackTrace();
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        LOG.debug("JAIN-SIP: {}", ex.toString(), ex);
    }

    @Override
    public void logDebug(String message) {
        LOG.trace(message);
    }

    @Override
    public void logTrace(String message) {
        LOG.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.error("JAIN-SIP: {}", message);
    }

    @Override
    public void logError(String message) {
        LOG.warn("JAIN-SIP: {}", message);
    }

    @Override
    public void logError(String message, Exception ex) {
        LOG.warn("JAIN-SIP: {}: {}", message, ex.toString());
        LOG.debug("JAIN-SIP stack trace of the above", ex);
    }

    @Override
    public void logWarning(String message) {
        LOG.debug("JAIN-SIP: {}", message);
    }

    @Override
    public void logInfo(String message) {
        LOG.debug(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isWarnEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return switch (logLevel) {
            case TRACE_NONE -> false;
            case TRACE_FATAL, TRACE_ERROR -> LOG.isWarnEnabled();
            case TRACE_WARN -> LOG.isDebugEnabled();
            case TRACE_INFO -> LOG.isDebugEnabled() || WIRE.isDebugEnabled();
            default -> LOG.isTraceEnabled();
        };
    }

    @Override
    public void disableLogging() {}

    @Override
    public void enableLogging() {}

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {}

    @Override
    public void setStackProperties(Properties stackProperties) {}

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
