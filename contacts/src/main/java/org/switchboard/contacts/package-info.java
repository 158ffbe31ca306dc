/**
 * The address book domain: persons, their typed endpoints, presence on one ranked scale across
 * protocols, and availability. Pure Java: no JavaFX, no protocol libraries, no I/O outside the
 * {@code store} and {@code vcard} packages.
 */
@NullMarked
package org.switchboard.contacts;

import org.jspecify.annotations.NullMarked;
