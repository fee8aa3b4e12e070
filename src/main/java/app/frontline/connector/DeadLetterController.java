package app.frontline.connector;

import app.frontline.connector.DeadLetters.DeadLetter;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code connectorDeadLetters} (administrators only: the guard's FieldRules say so). */
@Controller
class DeadLetterController {

    static final int MAX_LIMIT = 500;

    private final DeadLetters deadLetters;
    private final ConnectorState state;

    DeadLetterController(DeadLetters deadLetters, ConnectorState state) {
        this.deadLetters = deadLetters;
        this.state = state;
    }

    @QueryMapping
    DeadLetterReport connectorDeadLetters(@Argument int limit) {
        return new DeadLetterReport(Math.toIntExact(deadLetters.count()), Math.toIntExact(state.waiting()),
                deadLetters.latest(Math.clamp(limit, 0, MAX_LIMIT)));
    }

    record DeadLetterReport(int count, int waiting, List<DeadLetter> letters) {
    }
}
