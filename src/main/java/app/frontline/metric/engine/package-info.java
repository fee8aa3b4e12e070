/**
 * Computing a request: which measures its metrics need, one pass per kind of fact over the
 * period's rows routing each to the scopes and buckets it counts in, then each metric's formula
 * over the aggregates; and the results shared between requests until a change touches what they
 * read.
 */
@NullMarked
package app.frontline.metric.engine;

import org.jspecify.annotations.NullMarked;
