package io.wirestream.enrichment;

/**
 * A temporal expression with its TimeML value.
 *
 * @param value    ISO value as TimeML writes it: {@code 2025-02-14}, {@code 2025-W07}, {@code P3D},
 *                 {@code PRESENT_REF}, {@code XXXX-03}; relative expressions without a publication
 *                 date keep an unresolved value such as {@code XXXX-XX-XX}
 * @param resolved true when the value was computed against the publication date
 */
public record Timex(int start, int end, String text, String value, TimexType type, boolean resolved) {
}
