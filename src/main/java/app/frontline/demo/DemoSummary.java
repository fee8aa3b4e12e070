package app.frontline.demo;

/** How many records of each type were written. */
public record DemoSummary(long teams, long agents, long logins, long conversations, long surveys,
                          long orders) {

    public long total() {
        return teams + agents + logins + conversations + surveys + orders;
    }

    @Override
    public String toString() {
        return "teams=%d agents=%d logins=%d conversations=%d surveys=%d orders=%d (total %d)"
                .formatted(teams, agents, logins, conversations, surveys, orders, total());
    }
}
