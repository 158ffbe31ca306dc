/** vCard import (with progress and a report of skipped cards) and export, behind small ports. */
@NullMarked
package org.switchboard.app.importing;

import org.jspecify.annotations.NullMarked;
