/**
 * Passwords live in the OS secret store (Secret Service on Linux, Keychain on macOS, Credential
 * Manager on Windows), never in files or logs. This package is the port and its implementation.
 */
@NullMarked
package org.switchboard.app.secrets;

import org.jspecify.annotations.NullMarked;
