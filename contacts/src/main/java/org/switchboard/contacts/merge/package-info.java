/**
 * Finding persons that are probably the same (they share an email, phone number or IM address),
 * and merging them so that every address of both is kept and a merge can be undone.
 */
@NullMarked
package org.switchboard.contacts.merge;

import org.jspecify.annotations.NullMarked;
