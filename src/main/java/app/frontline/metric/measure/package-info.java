/**
 * Measures: each additive or value-collecting aggregate over one kind of fact, defined once
 * (which fact, which rows, which value, how aggregated), and the {@link Formula}s the catalogue
 * builds its metrics from. Nothing here knows how facts are stored or how a request is planned:
 * the engine reads facts through the row views ({@link ConversationRow}...) and hands the
 * aggregates back through {@link Tallied}.
 */
@NullMarked
package app.frontline.metric.measure;

import org.jspecify.annotations.NullMarked;
