/**
 * Frontline: customer-service analytics for online stores. One package per feature; each
 * feature's public API sits at its root, the rest is package-private.
 */
@NullMarked
package app.frontline;

import org.jspecify.annotations.NullMarked;
