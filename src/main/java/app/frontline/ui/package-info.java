/**
 * The Vaadin UI. Views are package-private and read their data only through GraphQL documents
 * (see {@code ui.client}), so every screen shows what a frontend developer could query too.
 */
@NullMarked
package app.frontline.ui;

import org.jspecify.annotations.NullMarked;
