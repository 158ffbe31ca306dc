package org.switchboard.channels.xmpp;

import org.switchboard.channels.api.OwnPresence.OwnStatus;

/** The status the user chose last; sent again after each login. */
final class OwnStatusHolder {
    private volatile OwnStatus status = OwnStatus.AVAILABLE;

    OwnStatus get() {
        return status;
    }

    void set(OwnStatus status) {
        this.status = status;
    }
}
