package io.wirestream.enrichment.internal;

/**
 * A sentence: its span in the text and its tokens {@code [firstToken, endToken)}.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
