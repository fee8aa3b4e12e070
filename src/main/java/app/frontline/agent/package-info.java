@NullMarked
package app.frontline.agent;

import org.jspecify.annotations.NullMarked;
