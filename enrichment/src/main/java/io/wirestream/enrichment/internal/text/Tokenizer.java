package io.wirestream.enrichment.internal.text;

import io.wirestream.enrichment.internal.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into tokens with exact UTF-16 spans, by a single left-to-right scan (no regex on the
 * hot path).
 *
 * <p>Choices that matter to the extractors downstream: hyphenated words and digit groups stay whole
 * ("anti-government", "1996-08-30", "1,000.5", "3-1"); a possessive is its own token ("Kenya" +
 * "'s"); known abbreviations, initials and dotted acronyms keep their period ("Mr.", "J.", "U.S.");
 * a number glued to a unit splits ("10km" = "10" + "km", "$2.3bn" = "$" + "2.3" + "bn") except
 * ordinals and decades ("3rd", "1990s"); an abbreviation heading a hyphenated modifier stays whole
 * ("U.S.-led"); URLs and e-mail addresses are one token; PTB-style quotes
 * ({@code ``} and {@code ''}) and "..." are one token.
 */
public final class Tokenizer {

    /** Abbreviations also written in lower case; the others ("Ore.", "Wash.", "Inc.") only count capitalized. */
    private static final Set<String> LOWER_CASE_ABBREVIATIONS = Set.of("no", "nos", "vs", "v", "cf", "approx", "ft",
            "etc", "al", "ca", "vol", "pp", "fig", "sr", "jr", "esq", "e.g", "i.e", "est", "dept", "univ", "assn", "intl");

    private final Set<String> abbreviations;

    public Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    public Tokenizer() {
        this(Abbreviations.ENGLISH);
    }

    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c) || Character.isHighSurrogate(c)) {
                end = scanWord(text, i);
                if (end == i) {
                    end = i + Character.charCount(text.codePointAt(i));
                }
            } else {
                end = scanSymbol(text, i);
            }
            add(out, text, i, end);
            i = end;
        }
        return out;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || Character.getType(c) == Character.CONTROL;
    }

    private static void add(List<Token> out, String text, int start, int end) {
        out.add(new Token(out.size(), start, end, text.substring(start, end)));
    }

    /** A word, number, URL, e-mail, abbreviation; stops before a possessive 's. */
    private int scanWord(String text, int start) {
        int n = text.length();
        int url = scanUrlOrEmail(text, start);
        if (url > start) {
            return url;
        }
        int i = start;
        boolean digits = Character.isDigit(text.charAt(i));
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (digits && Character.isLetter(c)) {
                    // 3rd, 1990s stay whole; 10km -> 10 | km
                    return ordinalOrDecadeSuffix(text, i) ? endOfLetters(text, i) : i;
                }
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLetter(text.codePointAt(i))) {
                i += 2;
            } else if ((c == ',' || c == '.') && digits && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++; // 1,000.50
            } else if ((c == '-' || c == '\u2010' || c == '\u2011') && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start && !acronymBeforeName(text, start, i)) {
                i++; // anti-government, 1996-08-30, 3-1
                digits = Character.isDigit(text.charAt(i)) && digits;
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                if (isPossessiveOrClitic(text, i)) {
                    break; // Kenya | 's
                }
                i++; // O'Brien, rock'n'roll
            } else if (c == '&' && i + 1 < n && Character.isUpperCase(text.charAt(i + 1))
                    && Character.isUpperCase(text.charAt(i - 1)) && i - start <= 3) {
                i++; // AT&T, S&P
            } else {
                break;
            }
        }
        int end = withAbbreviationPeriod(text, start, i);
        if (end > i && end + 1 < n && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1))) {
            end++; // "U.S.-led", "Mo.-based": the abbreviation heads a hyphenated modifier
            while (end < n && (Character.isLetter(text.charAt(end))
                    || text.charAt(end) == '-' && end + 1 < n && Character.isLetter(text.charAt(end + 1)))) {
                end++;
            }
        }
        return end;
    }

    /** "BN-Kuala", "US-China": an acronym hyphened to a capitalized word names two things. */
    private static boolean acronymBeforeName(String text, int start, int hyphen) {
        if (hyphen - start < 2 || hyphen + 2 >= text.length() || !Character.isUpperCase(text.charAt(hyphen + 1))
                || !Character.isLowerCase(text.charAt(hyphen + 2))) {
            return false;
        }
        for (int k = start; k < hyphen; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int endOfLetters(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean ordinalOrDecadeSuffix(String text, int i) {
        int j = endOfLetters(text, i);
        String suffix = text.substring(i, j).toLowerCase(Locale.ROOT);
        return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")
                || suffix.equals("s");
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isPossessiveOrClitic(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String rest = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
        return rest.equals("s") || rest.equals("ll") || rest.equals("re") || rest.equals("ve")
                || rest.equals("d") || rest.equals("m");
    }

    /** Keeps a trailing period for abbreviations, initials and dotted acronyms (U.S., p.m.). */
    private int withAbbreviationPeriod(String text, int start, int end) {
        int n = text.length();
        if (end >= n || text.charAt(end) != '.') {
            return end;
        }
        // dotted acronym: U.S. / U.S.A. / p.m.
        int j = end;
        while (j + 2 <= n && text.charAt(j) == '.' && j + 1 < n && Character.isLetter(text.charAt(j + 1))
                && (j + 2 == n || text.charAt(j + 2) == '.')) {
            j += 2;
        }
        if (j > end && j < n && text.charAt(j) == '.') {
            return j + 1;
        }
        String word = text.substring(start, end);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return end + 1; // initial: J. R. R. Tolkien
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (abbreviations.contains(lower) && (Character.isUpperCase(word.charAt(0)) || LOWER_CASE_ABBREVIATIONS.contains(lower))) {
            return end + 1; // "Ore." is Oregon, but "iron ore." ends a sentence
        }
        return end;
    }

    private static int scanUrlOrEmail(String text, int start) {
        int n = text.length();
        int i = start;
        if (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)) {
            while (i < n && !Character.isWhitespace(text.charAt(i)) && "<>\"()[]".indexOf(text.charAt(i)) < 0) {
                i++;
            }
            while (i > start && ".,;:!?'".indexOf(text.charAt(i - 1)) >= 0) {
                i--;
            }
            return i;
        }
        // e-mail: word@word.tld
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || "._-+".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        if (j < n && j > i && text.charAt(j) == '@') {
            int k = j + 1;
            int dots = 0;
            while (k < n && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '-'
                    || (text.charAt(k) == '.' && k + 1 < n && Character.isLetterOrDigit(text.charAt(k + 1))))) {
                if (text.charAt(k) == '.') {
                    dots++;
                }
                k++;
            }
            if (dots > 0) {
                return k;
            }
        }
        return start;
    }

    private static int scanSymbol(String text, int start) {
        int n = text.length();
        char c = text.charAt(start);
        if (isApostrophe(c) && start + 1 < n && Character.isLetter(text.charAt(start + 1))) {
            int j = start + 1;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (isPossessiveOrClitic(text, start)) {
                return j; // 's 'll 're
            }
        }
        if ((c == '`' || c == '\'') && start + 1 < n && text.charAt(start + 1) == c) {
            return start + 2; // `` ''
        }
        if (c == '.' && text.startsWith("...", start)) {
            return start + 3;
        }
        if (c == '-' && start + 1 < n && text.charAt(start + 1) == '-') {
            return start + 2;
        }
        return start + Character.charCount(text.codePointAt(start));
    }
}
