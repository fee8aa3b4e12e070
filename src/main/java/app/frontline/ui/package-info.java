@NullMarked
package app.frontline.ui;

import org.jspecify.annotations.NullMarked;
