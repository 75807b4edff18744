package io.wirestream.enrichment.internal.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations by their marks: straight {@code "..."}, curly “...”, PTB-style
 * {@code ``...''} and single ‘...’ / '...' quotes, in one pass over the text.
 *
 * <p>A straight quote opens after a space, a bracket or the start of a line and closes before a
 * space or punctuation, so apostrophes and inch marks are not taken for quotes. A quotation may run
 * over several sentences; one that runs to the end of a paragraph without closing counts when the
 * next paragraph opens with a quote mark again (the news convention for a quote over several
 * paragraphs). Single quotes inside double quotes are nested and not reported on their own.
 */
final class QuoteMarks {

    /**
     * One quotation: the marks at {@code open} and {@code close} (close is -1 when the paragraph
     * ended the quote) and the quoted words {@code [start, end)} without the marks.
     */
    record Span(int open, int start, int end, int close) {
    }

    private enum Kind { STRAIGHT, CURLY, PTB, SINGLE }

    List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        Kind open = null;
        int openAt = -1;
        int contentStart = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open != null) {
                    if (continuesInNextParagraph(text, i)) {
                        add(out, text, openAt, contentStart, i, -1);
                    }
                    open = null;
                }
                continue;
            }
            if (open == null) {
                if (c == '\u201C') {
                    open = Kind.CURLY;
                } else if (c == '`' && i + 1 < n && text.charAt(i + 1) == '`') {
                    open = Kind.PTB;
                } else if (c == '"' && opens(text, i)) {
                    open = Kind.STRAIGHT;
                } else if ((c == '\u2018' || c == '\'') && opens(text, i) && !(c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'')) {
                    open = Kind.SINGLE;
                } else {
                    continue;
                }
                openAt = i;
                contentStart = open == Kind.PTB ? i + 2 : i + 1;
                if (open == Kind.PTB) {
                    i++;
                }
                continue;
            }
            if (open == Kind.SINGLE && (c == '"' && opens(text, i) || c == '\u201C')) {
                open = c == '"' ? Kind.STRAIGHT : Kind.CURLY; // an apostrophe, not a quote: "the '90s"
                openAt = i;
                contentStart = i + 1;
                continue;
            }
            int closeLen = closes(text, i, open);
            if (closeLen > 0) {
                add(out, text, openAt, contentStart, i, i);
                open = null;
                i += closeLen - 1;
            }
        }
        return out;
    }

    private static int closes(String text, int i, Kind open) {
        char c = text.charAt(i);
        int n = text.length();
        return switch (open) {
            case CURLY -> c == '\u201D' ? 1 : 0;
            case PTB -> c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'' ? 2 : c == '\u201D' ? 1 : 0;
            case STRAIGHT -> c == '"' && !opens(text, i) ? 1 : 0;
            case SINGLE -> (c == '\u2019' || c == '\'') && closesSingle(text, i) ? 1 : 0;
        };
    }

    /** A straight or single mark opens where a word starts after it and none ends before it. */
    private static boolean opens(String text, int i) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean spaceBefore = Character.isWhitespace(before) || "([{\u2014\u2013-:".indexOf(before) >= 0;
        return spaceBefore && !Character.isWhitespace(after);
    }

    /** A single closing mark ends a word and is no apostrophe ("don't", "players' union" at most). */
    private static boolean closesSingle(String text, int i) {
        char before = text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
    }

    private static boolean continuesInNextParagraph(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        return c == '"' || c == '\u201C' || c == '`' && j + 1 < text.length() && text.charAt(j + 1) == '`';
    }

    private static void add(List<Span> out, String text, int open, int start, int end, int close) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            out.add(new Span(open, s, e, close));
        }
    }
}
