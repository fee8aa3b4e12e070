/**
 * Deterministic demo data: a realistic store's teams, agents, logins, conversations, surveys and
 * orders written as the NDJSON ingest format, streamed so that a million records need no more
 * memory than a thousand. The same {@link app.frontline.demo.DemoOptions} always give the same
 * bytes.
 */
@NullMarked
package app.frontline.demo;

import org.jspecify.annotations.NullMarked;
