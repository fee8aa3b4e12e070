package app.frontline.demo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What today's conversations set in motion: surveys sent after resolution and orders placed
 * after a conversation. Written after the day's conversations and cleared every day, so memory
 * follows one day's volume, never the total.
 */
final class FollowUps {

    /** A survey invitation: {@code quality} is the chance the customer had a good experience. */
    record SurveyInvite(String conversationId, SurveyKind kind, long after, double quality) {
    }

    /** An order a conversation led to. */
    record OrderLead(String conversationId, long customer, @Nullable DemoAgent agent, long at) {
    }

    final List<SurveyInvite> surveys = new ArrayList<>();
    final List<OrderLead> orders = new ArrayList<>();

    void clear() {
        surveys.clear();
        orders.clear();
    }
}
