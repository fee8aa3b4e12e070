package app.frontline;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The extended scalars every schema file may use. A component, so GraphQL test slices see it.
 *
 * <p>Date and DateTime are made strict: the extended scalars parse with a SMART resolver, which
 * silently moves {@code 2019-02-30} to the 28th; here an impossible date or time is refused before
 * they see it ({@link DateTimeFormatter#ISO_LOCAL_DATE} and {@code ISO_OFFSET_DATE_TIME} are
 * STRICT, with the proleptic year {@code uuuu}). What they accept and how they write values stays
 * theirs. The {@code @specifiedBy} URLs in scalars.graphqls are set here too, as graphql-java takes
 * a wired scalar as it is.
 */
@Component
class ScalarWiring implements RuntimeWiringConfigurer {

    static final String DATE_SPEC = "https://www.rfc-editor.org/rfc/rfc3339#section-5.6";
    static final String DATE_TIME_SPEC = "https://scalars.graphql.org/andimarek/date-time";
    static final String BIG_DECIMAL_SPEC =
            "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/math/BigDecimal.html#%3Cinit%3E(java.lang.String)";

    static final GraphQLScalarType DATE = strict(ExtendedScalars.Date, DATE_SPEC,
            s -> DateTimeFormatter.ISO_LOCAL_DATE.parse(s), "a calendar date uuuu-MM-dd, e.g. 2026-11-02");
    static final GraphQLScalarType DATE_TIME = strict(ExtendedScalars.DateTime, DATE_TIME_SPEC,
            s -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s), "an instant with an offset or Z, e.g. 2026-11-02T09:00:00Z");

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(DATE)
                .scalar(DATE_TIME)
                .scalar(ExtendedScalars.GraphQLBigDecimal.transform(b -> b.specifiedByUrl(BIG_DECIMAL_SPEC)));
    }

    /** {@code scalar}, refusing a string input that {@code check} (a STRICT parse) refuses. */
    @SuppressWarnings("unchecked")
    static GraphQLScalarType strict(GraphQLScalarType scalar, String spec, Function<String, ?> check, String expected) {
        Coercing<Object, Object> lenient = (Coercing<Object, Object>) scalar.getCoercing();
        Coercing<Object, Object> strict = new Coercing<>() {
            @Override
            public @Nullable Object serialize(Object value, GraphQLContext context, Locale locale) {
                return lenient.serialize(value, context, locale);
            }

            @Override
            public @Nullable Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String s) {
                    String problem = problem(s);
                    if (problem != null) {
                        throw new CoercingParseValueException(problem);
                    }
                }
                return lenient.parseValue(input, context, locale);
            }

            @Override
            public @Nullable Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                    Locale locale) {
                if (input instanceof StringValue s) {
                    String problem = problem(s.getValue());
                    if (problem != null) {
                        throw new CoercingParseLiteralException(problem);
                    }
                }
                return lenient.parseLiteral(input, variables, context, locale);
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return lenient.valueToLiteral(input, context, locale);
            }

            private @Nullable String problem(String s) {
                try {
                    check.apply(s);
                    return null;
                } catch (DateTimeException e) {
                    String why = e.getCause() != null ? e.getCause().getMessage() : "not " + expected;
                    return scalar.getName() + ": '" + s + "' is not valid (" + why + "); expected " + expected;
                }
            }
        };
        return scalar.transform(b -> b.coercing(strict).specifiedByUrl(spec));
    }
}
