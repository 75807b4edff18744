package io.wirestream.enrichment;

/** One place in the text where an entity is named: {@code text.substring(start, end)}. */
public record Mention(int start, int end, String text) {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
    }
}
