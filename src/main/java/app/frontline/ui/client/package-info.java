/**
 * The UI's GraphQL client: the same queries a frontend would send to {@code /graphql}, executed
 * in-process. Documents live in {@code src/main/resources/graphql-documents/}, one per file.
 */
@NullMarked
package app.frontline.ui.client;

import org.jspecify.annotations.NullMarked;
