package app.frontline.demo;

/**
 * Published once the demo data has been loaded into an empty store, so other features can add
 * their own demo state (DemoUsers: a demo user for each role).
 */
public record DemoDataLoaded(long records) {
}
