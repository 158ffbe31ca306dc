/** The address book list with search-as-you-type (view and view model). */
@NullMarked
package org.switchboard.app.people;

import org.jspecify.annotations.NullMarked;
