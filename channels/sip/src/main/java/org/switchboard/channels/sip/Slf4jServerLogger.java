package org.switchboard.channels.sip;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP's message log through SLF4J: the first line of each message at DEBUG, the whole message
 * (bodies included, so never above TRACE) at TRACE, on logger {@code org.switchboard.channels.sip.wire}.
 * Public only because JAIN-SIP creates it by name ({@code gov.nist.javax.sip.SERVER_LOGGER}); not API.
 */
public final class Slf4jServerLogger implements ServerLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.switchboard.channels.sip.wire");

    /** The stack reports some received messages twice; the second report is skipped. */
    private volatile @Nullable SIPMessage last;

    public Slf4jServerLogger() {}

    @Override
    public void closeLogFile() {}

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        log(message, from, to, sender);
    }

    private void log(SIPMessage message, String from, String to, boolean sender) {
        if (message == last) {
            return;
        }
        last = message;
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} -> {}\n{}", sender ? "sent" : "received", from, to, message.encode());
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {}: {} ({})", sender ? "sent" : "received", from, to, message.getFirstLine().strip(),
                    message.getCallId() == null ? "no Call-ID" : message.getCallId().getCallId());
        }
    }

    @Override
    public void logException(Exception ex) {
        LOG.debug("JAIN-SIP message log: {}", ex.toString(), ex);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {}

    @Override
    public void setSipStack(SipStack sipStack) {}
}
