package app.frontline.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** When an event from the stream is this instance's own import coming back, and when it is not. */
class LocalWritesTest {

    private static LocalWrites remembering(int max) {
        return new LocalWrites(new FollowProperties(true, List.of("orders"), 1000, Duration.ofMillis(50),
                Duration.ofSeconds(2), Duration.ofSeconds(5), max));
    }

    private static Document order(String id, int total) {
        return new Document("_id", id).append("total", total);
    }

    @Test
    void theEchoOfTheDocumentImportedHereIsSkippedOnce() {
        LocalWrites writes = remembering(10);
        writes.stored("orders", List.of(order("o1", 5)));

        assertThat(writes.isEcho("orders", "o1", order("o1", 5))).isTrue();
        // the same document again is someone's new write of it: applied (a replace by itself)
        assertThat(writes.isEcho("orders", "o1", order("o1", 5))).isFalse();
        assertThat(writes.skipped()).isEqualTo(1);
    }

    @Test
    void anotherVersionOrADeletionIsNeverTakenForAnEchoAndForgetsTheImport() {
        LocalWrites writes = remembering(10);
        writes.stored("orders", List.of(order("o1", 5), order("o2", 6)));

        assertThat(writes.isEcho("orders", "o1", order("o1", 7))).isFalse();
        // the own version arriving after another one must be applied: it is the newer state
        assertThat(writes.isEcho("orders", "o1", order("o1", 5))).isFalse();
        assertThat(writes.isEcho("orders", "o2", null)).isFalse();
        assertThat(writes.isEcho("orders", "o2", order("o2", 6))).isFalse();
        // same id, other collection
        writes.stored("orders", List.of(order("x", 1)));
        assertThat(writes.isEcho("surveys", "x", order("x", 1))).isFalse();
    }

    @Test
    void beyondTheMaximumTheOldestAreForgotten() {
        LocalWrites writes = remembering(2);
        writes.stored("orders", List.of(order("a", 1), order("b", 2), order("c", 3)));

        assertThat(writes.isEcho("orders", "a", order("a", 1))).isFalse();
        assertThat(writes.isEcho("orders", "b", order("b", 2))).isTrue();
        assertThat(writes.isEcho("orders", "c", order("c", 3))).isTrue();
    }
}
