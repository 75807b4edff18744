package io.wirestream.enrichment.internal.dates;

/** Calendar units that durations and relative expressions count in, with their ISO 8601 letters. */
enum TimeUnit {
    SECOND("S", true, 1),
    MINUTE("M", true, 1),
    HOUR("H", true, 1),
    DAY("D", false, 1),
    NIGHT("D", false, 1),
    WEEK("W", false, 1),
    WEEKEND("D", false, 2),
    FORTNIGHT("W", false, 2),
    MONTH("M", false, 1),
    QUARTER("Q", false, 1),
    YEAR("Y", false, 1),
    DECADE("Y", false, 10),
    CENTURY("Y", false, 100),
    MILLENNIUM("Y", false, 1000);

    private final String letter;
    private final boolean timeOfDay;
    private final int multiplier;

    TimeUnit(String letter, boolean timeOfDay, int multiplier) {
        this.letter = letter;
        this.timeOfDay = timeOfDay;
        this.multiplier = multiplier;
    }

    /** ISO duration of {@code n} of this unit, e.g. P3D, PT2H, P20Y for two decades. */
    String duration(double n) {
        double v = n * multiplier;
        if (v != Math.floor(v)) {
            return fractional(v);
        }
        return (timeOfDay ? "PT" : "P") + (long) v + letter;
    }

    /** ISO duration of an unspecified number of this unit: PXY, PTXH. */
    String vagueDuration() {
        return switch (this) {
            case DECADE -> "PXE";
            case CENTURY -> "PXC";
            case MILLENNIUM -> "PXL";
            case WEEKEND -> "PXWE";
            case FORTNIGHT -> "PXW";
            default -> (timeOfDay ? "PTX" : "PX") + letter;
        };
    }

    /** 2.5 years is P2Y6M, 1.5 hours PT1H30M, 1.5 days P1DT12H; other fractions keep a decimal. */
    private String fractional(double v) {
        long whole = (long) v;
        return switch (this) {
            case YEAR, DECADE, CENTURY, MILLENNIUM -> compose("P", whole, "Y", "", (v - whole) * 12, "M");
            case HOUR -> compose("PT", whole, "H", "", (v - whole) * 60, "M");
            case MINUTE -> compose("PT", whole, "M", "", (v - whole) * 60, "S");
            case DAY, NIGHT -> compose("P", whole, "D", "T", (v - whole) * 24, "H");
            case WEEK, FORTNIGHT -> "P" + trim(v * 7) + "D";
            default -> (timeOfDay ? "PT" : "P") + trim(v) + letter;
        };
    }

    private String compose(String prefix, long whole, String wholeLetter, String separator, double part, String partLetter) {
        if (part != Math.floor(part)) {
            return prefix + trim(whole + part / (partLetter.equals("H") ? 24 : partLetter.equals("M") && wholeLetter.equals("Y") ? 12 : 60))
                    + wholeLetter;
        }
        if (whole == 0) {
            return (separator.isEmpty() ? prefix : prefix + separator) + (long) part + partLetter;
        }
        return prefix + whole + wholeLetter + separator + (long) part + partLetter;
    }

    private static String trim(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
