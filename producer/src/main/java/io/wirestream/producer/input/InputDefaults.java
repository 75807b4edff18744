package io.wirestream.producer.input;

import java.util.Optional;

/**
 * What the sender knows about an input that the input may not say itself: the URL a page or text
 * was fetched from (for single-article inputs: text, HTML), and a source and language for articles
 * that give none (HTTP query parameters, {@code produce --source}).
 */
public record InputDefaults(Optional<String> url, Optional<String> source, Optional<String> language) {

    public static final InputDefaults NONE = new InputDefaults(Optional.empty(), Optional.empty(), Optional.empty());
}
