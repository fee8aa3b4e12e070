package app.frontline.metric.measure;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One aggregate over one kind of fact: the rows that pass {@code filter}, their {@code value},
 * combined by {@code aggregation}. Defined once in {@link Measures}; every path that computes a
 * metric (any period, any scope, calendar or business time) reads it from here.
 *
 * @param <R> the row view of the fact ({@link ConversationRow} for {@link Fact#CONVERSATION}...)
 */
public record Measure<R>(String name, Fact fact, Aggregation aggregation, Predicate<R> filter, ToLongFunction<R> value,
        String description) {

    @SuppressWarnings("unchecked")
    public boolean test(Object row) {
        return filter.test((R) row);
    }

    @SuppressWarnings("unchecked")
    public long valueOf(Object row) {
        return value.applyAsLong((R) row);
    }

    @Override
    public String toString() {
        return name;
    }
}
