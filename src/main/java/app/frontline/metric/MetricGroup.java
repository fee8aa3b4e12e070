package app.frontline.metric;

/** The catalogue's sections, in the order a dashboard shows them. */
public enum MetricGroup {
    COMMERCE("Commerce handled by agents"),
    CONVERSATIONS("Conversations and satisfaction"),
    EFFICIENCY_EXPERIENCE("Service efficiency and experience"),
    CUSTOMER_VALUE("Customer value");

    private final String label;

    MetricGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
