/** The add/edit person dialog with per-field address validation. */
@NullMarked
package org.switchboard.app.editor;

import org.jspecify.annotations.NullMarked;
