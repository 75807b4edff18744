package io.wirestream.producer;

/**
 * Which article of which input: so a rejection can point at the exact place to fix.
 *
 * @param input the file name, {@code stdin}, or {@code request} for an HTTP body
 * @param index 0-based position of the article in its input
 * @param line  1-based line where the article starts in its input
 */
public record Origin(String input, int index, long line) {

    /** {@code file:line}, the form editors and compilers use. */
    public String describe() {
        return input + ":" + line;
    }
}
