package io.wirestream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.streams.internal.SimHash;
import org.junit.jupiter.api.Test;

class SimHashTest {

    static final String STORY = """
            The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the third
            increase this year, saying inflation remained too high and the labour market was still tight. Officials
            signalled that further rises were possible if prices kept climbing through the summer, while several
            economists warned that households with variable mortgages would feel the strain before the end of the year.
            The decision was not unanimous: two of the nine members of the rate-setting committee voted to hold, arguing
            that earlier increases had not yet worked their way through the economy and that business investment was
            already slowing. The governor told reporters that the bank would not hesitate to act again, but stressed
            that each meeting would be decided on the latest data rather than on a fixed path. Markets had largely
            expected the move, and the currency rose slightly against the dollar after the announcement. Retailers said
            demand had held up better than feared over the spring, helped by warm weather and a late holiday, though
            many reported that customers were trading down to cheaper brands. The finance ministry welcomed the
            decision and repeated that the government would keep its own spending plans under tight control to support
            the bank's efforts, while opposition politicians called for targeted help for first-time buyers and renters,
            who they said had borne the brunt of higher borrowing costs since the start of the tightening cycle.""";

    @Test
    void shouldPutTheSameStoryWithSmallEditsWithinAFewBits() {
        String edited = STORY.replace("on Thursday", "on Thursday afternoon").replace("several economists", "economists");
        long a = SimHash.of(STORY).getAsLong();
        long b = SimHash.of(edited).getAsLong();
        assertThat(SimHash.distance(a, b)).isLessThanOrEqualTo(StreamsSettings.DEFAULTS.nearDuplicateMaxDistance());
    }

    @Test
    void shouldPutDifferentStoriesFarApart() {
        String other = "The home side won the cup final on penalties after a goalless draw, with the young goalkeeper "
                + "saving two spot kicks in front of a sold-out stadium. The coach praised the squad's resilience over "
                + "a long season and said the club would now focus on strengthening the defence before the league "
                + "campaign starts again in August, when the first match is away.";
        assertThat(SimHash.distance(SimHash.of(STORY).getAsLong(), SimHash.of(other).getAsLong()))
                .isGreaterThan(2 * StreamsSettings.DEFAULTS.nearDuplicateMaxDistance());
    }

    @Test
    void shouldSplitFingerprintsIntoBandsThatCoverAllBits() {
        long fp = 0x0123456789abcdefL;
        assertThat(SimHash.band(fp, 0, 1)).isEqualTo("123456789abcdef");
        assertThat(SimHash.band(fp, 0, 4)).isEqualTo("cdef");
        assertThat(SimHash.band(fp, 3, 4)).isEqualTo("123");
    }

    @Test
    void shouldNotFingerprintShortTexts() {
        assertThat(SimHash.of("Breaking: storm hits the coast.")).isEmpty();
    }
}
