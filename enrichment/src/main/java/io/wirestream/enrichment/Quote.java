package io.wirestream.enrichment;

import java.util.Optional;

/**
 * A direct quotation. The span covers the quoted words without the quote marks.
 *
 * @param speaker         canonical name of the speaker, when attributed
 * @param speakerEntityId {@link NamedEntity#id()} of the speaker, when the speaker is an entity
 */
public record Quote(int start, int end, String text, Optional<String> speaker, Optional<String> speakerEntityId) {
}
