package io.wirestream.enrichment.internal.language;

/**
 * Letters characteristic of one language of the function-word table (each occurrence adds half a
 * function word's evidence). Only letters that are strongly tied to one language are listed.
 */
final class LetterHints {

    private LetterHints() {
    }

    /** The language a lower-case letter points to, or null. */
    static String languageOf(char c) {
        return switch (c) {
            case 'ß' -> "de";
            case 'ñ' -> "es";
            case 'ã', 'õ' -> "pt";
            case 'ğ', 'ı', 'ş' -> "tr";
            case 'ő', 'ű' -> "hu";
            case 'ł', 'ą', 'ę', 'ś', 'ź', 'ż', 'ń' -> "pl";
            case 'ř', 'ů', 'ě' -> "cs";
            case 'ľ', 'ĺ', 'ŕ', 'ô' -> "sk";
            case 'ă', 'ș', 'ț', 'â' -> "ro";
            case 'ơ', 'ư', 'ạ', 'ả', 'ấ', 'ầ', 'ẩ', 'ậ', 'ắ', 'ặ', 'ẹ', 'ệ', 'ị', 'ọ', 'ộ', 'ớ', 'ờ', 'ợ', 'ụ', 'ứ', 'ừ', 'ự' -> "vi";
            case 'ø', 'æ' -> "da";
            case 'å' -> "sv";
            case 'ŀ' -> "ca";
            case 'і', 'ї', 'є', 'ґ' -> "uk";
            case 'ы', 'э', 'ё' -> "ru";
            case 'ђ', 'ћ', 'џ' -> "sr";
            case 'ѓ', 'ќ', 'ѕ' -> "mk";
            case 'ъ' -> "bg";
            default -> null;
        };
    }
}
