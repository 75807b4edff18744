package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.TimexType;
import io.wirestream.enrichment.internal.dates.Meaning.Direction;
import io.wirestream.enrichment.internal.dates.Meaning.Fixed;
import io.wirestream.enrichment.internal.dates.Meaning.Holiday;
import java.util.List;
import java.util.Optional;

/**
 * Named holidays: "Christmas", "Thanksgiving Day", "New Year's Eve", "last Thanksgiving", "Easter
 * Monday 2024", "Election Day". Capitalized, as names are.
 */
final class HolidayPatterns implements TimexPattern {

    private record Name(List<String> words, HolidayDate holiday) {
    }

    /** Longer names first, so that "Christmas Eve" wins over "Christmas". */
    private static final List<Name> NAMES = List.of(
            new Name(List.of("new", "year", "'s", "day"), HolidayDate.NEW_YEARS_DAY),
            new Name(List.of("new", "year", "'s", "eve"), HolidayDate.NEW_YEARS_EVE),
            new Name(List.of("new", "years", "day"), HolidayDate.NEW_YEARS_DAY),
            new Name(List.of("new", "years", "eve"), HolidayDate.NEW_YEARS_EVE),
            new Name(List.of("valentine", "'s", "day"), HolidayDate.VALENTINES_DAY),
            new Name(List.of("christmas", "eve"), HolidayDate.CHRISTMAS_EVE),
            new Name(List.of("christmas", "day"), HolidayDate.CHRISTMAS),
            new Name(List.of("christmas"), HolidayDate.CHRISTMAS),
            new Name(List.of("thanksgiving", "day"), HolidayDate.THANKSGIVING),
            new Name(List.of("thanksgiving"), HolidayDate.THANKSGIVING),
            new Name(List.of("halloween"), HolidayDate.HALLOWEEN),
            new Name(List.of("independence", "day"), HolidayDate.INDEPENDENCE_DAY),
            new Name(List.of("labor", "day"), HolidayDate.LABOR_DAY),
            new Name(List.of("memorial", "day"), HolidayDate.MEMORIAL_DAY),
            new Name(List.of("election", "day"), HolidayDate.ELECTION_DAY),
            new Name(List.of("boxing", "day"), HolidayDate.BOXING_DAY),
            new Name(List.of("bastille", "day"), HolidayDate.BASTILLE_DAY),
            new Name(List.of("good", "friday"), HolidayDate.GOOD_FRIDAY),
            new Name(List.of("easter", "sunday"), HolidayDate.EASTER),
            new Name(List.of("easter", "day"), HolidayDate.EASTER),
            new Name(List.of("easter", "monday"), HolidayDate.EASTER_MONDAY));

    @Override
    public Optional<Candidate> match(Words<TimeWord> w, int i, String language) {
        Direction direction = Direction.NEAREST;
        int j = i;
        if (Lex.isAny(w, i, "last", "next", "this")) {
            direction = Lex.isAny(w, i, "last") ? Direction.LAST : Lex.isAny(w, i, "next") ? Direction.NEXT : Direction.THIS;
            j++;
        }
        if (j >= w.size() || !w.isCapitalized(j)) {
            return Optional.empty();
        }
        for (Name name : NAMES) {
            int end = matches(w, j, name.words());
            if (end < 0) {
                continue;
            }
            Optional<Lex.YearAt> year = Lex.yearAt(w, end);
            if (year.isPresent() && direction == Direction.NEAREST) {
                String value = name.holiday().in(year.get().year()).toString();
                return Optional.of(new Candidate(i, year.get().end(), new Fixed(value, TimexType.DATE), false));
            }
            return Optional.of(new Candidate(i, end, new Holiday(name.holiday(), direction), false));
        }
        return Optional.empty();
    }

    /** Index after the name when it starts at {@code j}, else -1. */
    private static int matches(Words<TimeWord> w, int j, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!Lex.isAny(w, j + k, words.get(k))) {
                return -1;
            }
        }
        return j + words.size();
    }
}
