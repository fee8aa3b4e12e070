package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.metric.Direction;
import app.frontline.metric.Unit;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Changes that round to nothing, and money with the configured currency's symbol. */
class FormatsTest {

    @Test
    void aChangeThatRoundsToZeroIsNoChangeAndHasNoSign() {
        assertThat(Formats.change(Unit.SCORE, -0.04)).isEqualTo("no change");
        assertThat(Formats.change(Unit.PERCENT, 0.049)).isEqualTo("no change");
        assertThat(Formats.change(Unit.COUNT, 0.0)).isEqualTo("no change");
        assertThat(Formats.change(Unit.SECONDS, -0.4)).isEqualTo("no change");
        // half a step is shown, with the sign of the change
        assertThat(Formats.change(Unit.PERCENT, -0.05)).isEqualTo("−0.1 pp");
        assertThat(Formats.change(Unit.SCORE, 0.06)).isEqualTo("+0.1");
        assertThat(Formats.change(Unit.COUNT, 3.0)).isEqualTo("+3");
        assertThat(Formats.tone(Direction.HIGHER_IS_BETTER, Unit.SCORE, -0.04)).isEqualTo(Formats.Tone.SAME);
        assertThat(Formats.tone(Direction.HIGHER_IS_BETTER, Unit.SCORE, -0.06)).isEqualTo(Formats.Tone.WORSE);
    }

    @Test
    void moneyCarriesTheCurrencySymbolOfTheViewersLocale() {
        var euro = new Numbers(Currency.getInstance("EUR"), Locale.US);
        assertThat(euro.value(Unit.MONEY, 1234.5)).isEqualTo("€1,234.50");
        assertThat(euro.value(Unit.MONEY, -3.0)).isEqualTo("−€3.00");
        assertThat(euro.change(Unit.MONEY, 12.5)).isEqualTo("+€12.50");
        assertThat(euro.change(Unit.MONEY, -0.001)).isEqualTo("no change");
        assertThat(euro.value(Unit.PERCENT, 12.34)).isEqualTo("12.3 %");
        assertThat(new Numbers(Currency.getInstance("USD"), Locale.US).value(Unit.MONEY, 5.0)).isEqualTo("$5.00");
        assertThat(new Numbers(Currency.getInstance("CAD"), Locale.US).value(Unit.MONEY, 5.0)).isEqualTo("CA$5.00");
        assertThat(new Numbers(Currency.getInstance("USD"), Locale.CANADA).value(Unit.MONEY, 5.0)).isEqualTo("US$5.00");
    }
}
