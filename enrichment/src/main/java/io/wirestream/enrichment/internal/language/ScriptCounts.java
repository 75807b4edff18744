package io.wirestream.enrichment.internal.language;

/** Letters per writing system in one text, plus the Arabic-script letters that tell Persian and Urdu apart. */
final class ScriptCounts {

    final int[] counts = new int[Script.values().length];
    int latin;
    int kana;
    int han;
    int persianLetters;
    int urduLetters;
    int arabicOnlyLetters;

    void add(char c) {
        Script s = of(c);
        counts[s.ordinal()]++;
        switch (s) {
            case LATIN -> latin++;
            case KANA -> kana++;
            case HAN -> han++;
            case ARABIC -> arabicScript(c);
            default -> {
            }
        }
    }

    private void arabicScript(char c) {
        switch (c) {
            case '\u067E', '\u0686', '\u0698', '\u06AF', '\u06CC' -> persianLetters++; // پ چ ژ گ ی
            case '\u0679', '\u0688', '\u0691', '\u06BA', '\u06D2' -> urduLetters++; // ٹ ڈ ڑ ں ے
            case '\u0629', '\u064A', '\u0649' -> arabicOnlyLetters++; // ة ي ى
            default -> {
            }
        }
    }

    int total() {
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        return t;
    }

    /** The script with most letters; Han and kana count together as {@link Script#HAN}. */
    Script dominant() {
        Script best = Script.OTHER;
        int max = 0;
        for (Script s : Script.values()) {
            if (s == Script.KANA || s == Script.OTHER) {
                continue;
            }
            int c = s == Script.HAN ? han + kana : counts[s.ordinal()];
            if (c > max) {
                max = c;
                best = s;
            }
        }
        return best;
    }

    static Script of(char c) {
        if (c < 0x250) {
            return Script.LATIN;
        }
        if (c >= 0x1E00 && c <= 0x1EFF) {
            return Script.LATIN;
        }
        if (c >= 0x0400 && c <= 0x052F) {
            return Script.CYRILLIC;
        }
        if (c >= 0x0370 && c <= 0x03FF || c >= 0x1F00 && c <= 0x1FFF) {
            return Script.GREEK;
        }
        if (c >= 0x0590 && c <= 0x05FF) {
            return Script.HEBREW;
        }
        if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFEFF) {
            return Script.ARABIC;
        }
        if (c >= 0xAC00 && c <= 0xD7AF || c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F) {
            return Script.HANGUL;
        }
        if (c >= 0x3040 && c <= 0x30FF) {
            return Script.KANA;
        }
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
            return Script.HAN;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case THAI -> Script.THAI;
            case DEVANAGARI -> Script.DEVANAGARI;
            case BENGALI -> Script.BENGALI;
            case TAMIL -> Script.TAMIL;
            case TELUGU -> Script.TELUGU;
            case GEORGIAN -> Script.GEORGIAN;
            case ARMENIAN -> Script.ARMENIAN;
            case ETHIOPIC -> Script.ETHIOPIC;
            case LATIN -> Script.LATIN;
            default -> Script.OTHER;
        };
    }
}
