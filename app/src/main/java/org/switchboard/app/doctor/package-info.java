/**
 * {@code switchboard doctor}: checks, in plain words, what stands between the user and their
 * contacts — each account's server, password, TLS certificate and login or registration, and the
 * audio devices a call would use.
 */
@NullMarked
package org.switchboard.app.doctor;

import org.jspecify.annotations.NullMarked;
