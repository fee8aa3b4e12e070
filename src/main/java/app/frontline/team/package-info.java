@NullMarked
package app.frontline.team;

import org.jspecify.annotations.NullMarked;
