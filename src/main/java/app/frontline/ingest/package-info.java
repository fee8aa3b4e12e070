@NullMarked
package app.frontline.ingest;

import org.jspecify.annotations.NullMarked;
