/** The person card: channels with presence and capabilities, the Reach decision and its actions. */
@NullMarked
package org.switchboard.app.person;

import org.jspecify.annotations.NullMarked;
