package app.frontline.drilldown;

import org.jspecify.annotations.Nullable;

/** The GraphQL {@code ConversationFilter}: every condition optional, all ANDed. Enums as their GraphQL names. */
record ConversationFilter(@Nullable String rated, @Nullable Boolean replied, @Nullable Boolean resolved,
        @Nullable Boolean archived, @Nullable Boolean onTime, @Nullable String tag, @Nullable Boolean hasOrder) {

    static final ConversationFilter NONE = new ConversationFilter(null, null, null, null, null, null, null);
}
