package app.frontline.connector;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Which conversation an order belongs to, as a helpdesk ticket says (a custom field or tag holding
 * the order). Kept apart from both records because either may arrive first: the link waits for the
 * order, and the order looks its link up whenever it is imported.
 */
@Service
public class OrderLinks {

    private static final String PREFIX = "link:";

    private final ConnectorState state;
    private final ApplicationEventPublisher events;

    OrderLinks(ConnectorState state, ApplicationEventPublisher events) {
        this.state = state;
        this.events = events;
    }

    /** The order named by the ref belongs to the conversation (the latest ticket to name it wins). */
    public void link(String orderRef, String conversationId) {
        String ref = normalize(orderRef);
        state.update(PREFIX + ref, s -> s.put("conversationId", conversationId), s -> List.of(), s -> false);
        events.publishEvent(new OrderLinked(ref));
    }

    /** The conversation no longer names the order (its ticket now names another, or none). */
    public void unlink(String orderRef, String conversationId) {
        String ref = normalize(orderRef);
        state.update(PREFIX + ref, s -> {
            if (conversationId.equals(s.path("conversationId").asString(null))) {
                s.remove("conversationId");
            }
        }, s -> List.of(), s -> false);
        events.publishEvent(new OrderLinked(ref));
    }

    /** The conversation of the first ref that has one. */
    public Optional<String> conversationOf(Collection<String> orderRefs) {
        for (String ref : orderRefs) {
            String id = state.read(PREFIX + normalize(ref)).path("conversationId").asString(null);
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** {@code #1001}, {@code 1001} and {@code  #1001 } name the same order. */
    public static String normalize(String orderRef) {
        String ref = orderRef.trim();
        return ref.startsWith("#") ? ref.substring(1).trim() : ref;
    }
}
