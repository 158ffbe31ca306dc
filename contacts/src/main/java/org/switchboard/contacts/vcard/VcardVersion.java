package org.switchboard.contacts.vcard;

import ezvcard.VCardVersion;

/** The vCard versions Switchboard writes. */
public enum VcardVersion {
    /** RFC 2426, for older address books (Apple Contacts, Google). */
    V3_0(VCardVersion.V3_0),
    /** RFC 6350, the default. */
    V4_0(VCardVersion.V4_0);

    private final VCardVersion ez;

    VcardVersion(VCardVersion ez) {
        this.ez = ez;
    }

    VCardVersion ez() {
        return ez;
    }
}
