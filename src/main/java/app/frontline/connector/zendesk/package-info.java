/**
 * Zendesk's ticket events, trigger bodies and incremental exports, internal to the connector: the
 * signature check, the view of a ticket (each field last-writer-wins by event time, first reply a
 * minimum) and its conversation and CSAT records.
 */
@NullMarked
package app.frontline.connector.zendesk;

import org.jspecify.annotations.NullMarked;
