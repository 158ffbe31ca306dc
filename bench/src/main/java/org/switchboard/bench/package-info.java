/** Benchmark runners: each prints its figures; nothing here asserts on speed. */
@NullMarked
package org.switchboard.bench;

import org.jspecify.annotations.NullMarked;
