package app.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Date and DateTime refuse impossible values, as literals and as variables, with the argument
 * named; real dates (a leap day) still pass. Same context as {@code ApiOverHttpTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontline.cors.allowed-origins=http://localhost:5173")
@AutoConfigureHttpGraphQlTester
class StrictDatesGraphQlTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void anImpossibleDateLiteralIsAnErrorNamingTheArgument() {
        graphQl.documentName("impossibleDate").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("argument 'period.from'")
                    .contains("Date: '2019-02-30' is not valid (Invalid date 'FEBRUARY 30'); expected a calendar date "
                            + "uuuu-MM-dd, e.g. 2026-11-02");
        });
    }

    @Test
    void anImpossibleDateVariableIsAnErrorNamingTheVariable() {
        graphQl.documentName("badPeriod").variable("period", Map.of("from", "2026-02-29", "to", "2026-03-01"))
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("Variable 'period'").contains("'2026-02-29'")
                            .contains("Invalid date 'February 29' as '2026' is not a leap year");
                });
        graphQl.documentName("badPeriod").variable("period", Map.of("from", "2024-02-29", "to", "2024-03-01"))
                .execute().path("kpis.orders").hasValue();
    }

    @Test
    void anImpossibleInstantIsAnError() {
        graphQl.documentName("impossibleInstant").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("createdAt")
                    .contains("DateTime: '2019-02-29T10:00:00Z' is not valid (Invalid date 'February 29' as '2019' "
                            + "is not a leap year)");
        });
    }
}
