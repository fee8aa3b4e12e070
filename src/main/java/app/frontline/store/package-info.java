@NullMarked
package app.frontline.store;

import org.jspecify.annotations.NullMarked;
