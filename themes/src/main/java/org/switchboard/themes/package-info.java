/**
 * Switchboard's look: AtlantaFX base themes plus our semantic colour tokens and one stylesheet per
 * control family. The small {@link org.switchboard.themes.Theme} SPI is all the app sees.
 */
@NullMarked
package org.switchboard.themes;

import org.jspecify.annotations.NullMarked;
