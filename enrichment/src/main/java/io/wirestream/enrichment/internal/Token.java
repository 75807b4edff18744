package io.wirestream.enrichment.internal;

/**
 * A token with its UTF-16 span in the document text.
 *
 * @param index position of the token in the document's token list
 */
public record Token(int index, int start, int end, String text) {

    public int length() {
        return end - start;
    }

    /** First character is an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Has letters and none of them is lower case ("NATO", "U.S.", "CRICKET"). */
    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    public boolean isWord() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public boolean isNumber() {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
