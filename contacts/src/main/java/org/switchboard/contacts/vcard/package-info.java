/**
 * vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) import and export on top of ez-vcard. Properties
 * Switchboard does not model are kept verbatim in {@code Person.extraVcard} and written back, so a
 * round trip loses nothing. ez-vcard types never leave this package.
 */
@NullMarked
package org.switchboard.contacts.vcard;

import org.jspecify.annotations.NullMarked;
