/**
 * The local API of a running Switchboard: a Unix-domain socket in the profile directory (readable by
 * the user only) through which the command line and a second start reach the running window — to
 * set the own presence on its connections, hand it a link, or bring it to the front — instead of
 * opening the same profile twice. One request line, one reply line.
 */
@NullMarked
package org.switchboard.app.local;

import org.jspecify.annotations.NullMarked;
