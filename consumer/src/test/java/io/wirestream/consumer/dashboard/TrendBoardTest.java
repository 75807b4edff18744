package io.wirestream.consumer.dashboard;

import static io.wirestream.consumer.Articles.trend;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.TrendKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrendBoardTest {

    private static final Instant NOW = Instant.parse("2025-02-14T12:00:00Z");
    private final TrendBoard board = new TrendBoard(Duration.ofHours(1));

    @Test
    void shouldSumTheMinuteWindowsOfTheLastHourAndIgnoreOlderOnes() {
        board.add(trend(TrendKind.ENTITY, "Maria Lopez", null, NOW.minusSeconds(600), 1, 3));
        board.add(trend(TrendKind.ENTITY, "Maria Lopez", null, NOW.minusSeconds(120), 1, 2));
        board.add(trend(TrendKind.ENTITY, "Maria Lopez", null, NOW.minusSeconds(2 * 3600), 1, 50));

        assertThat(board.top(TrendKind.ENTITY, 10, NOW)).singleElement()
                .satisfies(t -> assertThat(t.count()).isEqualTo(5));
    }

    @Test
    void shouldKeepTheLatestCountOfAWindowThatIsEmittedAgain() {
        board.add(trend(TrendKind.TOPIC, "sport", "medtop:15000000", NOW.minusSeconds(60), 1, 1));
        board.add(trend(TrendKind.TOPIC, "sport", "medtop:15000000", NOW.minusSeconds(60), 1, 4));

        assertThat(board.top(TrendKind.TOPIC, 10, NOW)).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(4));
    }

    @Test
    void shouldNotCountTheHourWindowOnTopOfTheMinuteWindows() {
        board.add(trend(TrendKind.TOPIC, "sport", "medtop:15000000", NOW.minusSeconds(60), 1, 2));
        board.add(trend(TrendKind.TOPIC, "sport", "medtop:15000000", NOW.minusSeconds(1800), 60, 2));

        assertThat(board.top(TrendKind.TOPIC, 10, NOW)).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(2));
    }

    @Test
    void shouldRankByCountAndKeepKindsApart() {
        board.add(trend(TrendKind.ENTITY, "A", null, NOW.minusSeconds(60), 1, 1));
        board.add(trend(TrendKind.ENTITY, "B", null, NOW.minusSeconds(60), 1, 7));
        board.add(trend(TrendKind.ENTITY, "C", null, NOW.minusSeconds(60), 1, 3));
        board.add(trend(TrendKind.TOPIC, "sport", "medtop:15000000", NOW.minusSeconds(60), 1, 9));

        assertThat(board.top(TrendKind.ENTITY, 2, NOW)).extracting(TrendBoard.Trend::name).containsExactly("B", "C");
        assertThat(board.top(TrendKind.TOPIC, 5, NOW)).extracting(TrendBoard.Trend::name).containsExactly("sport");
    }
}
