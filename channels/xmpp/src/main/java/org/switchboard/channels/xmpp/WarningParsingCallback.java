package org.switchboard.channels.xmpp;

import org.jivesoftware.smack.UnparseableStanza;
import org.jivesoftware.smack.parsing.ParsingExceptionCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stanza Smack cannot parse is logged and dropped; the connection goes on. (Smack's default
 * closes the connection.) Its content is logged at DEBUG only, as it may hold a message body.
 */
final class WarningParsingCallback implements ParsingExceptionCallback {
    private static final Logger LOG = LoggerFactory.getLogger(WarningParsingCallback.class);

    @Override
    public void handleUnparsableStanza(UnparseableStanza stanza) {
        LOG.warn("Dropped a malformed stanza ({} characters): {}", stanza.getContent().length(),
                String.valueOf(stanza.getParsingException()));
        LOG.debug("Malformed stanza: {}", stanza.getContent());
    }
}
