/** Search-as-you-type over persons: names, organisations, every address and phone digits. */
@NullMarked
package org.switchboard.contacts.search;

import org.jspecify.annotations.NullMarked;
