package io.wirestream.enrichment;

/**
 * An IPTC Media Topic assigned to an article.
 *
 * @param code  IPTC code such as {@code medtop:11000000}; codes never change
 * @param label English label from the engine's pinned IPTC table
 * @param score confidence in [0,1]
 */
public record Topic(String code, String label, double score) {
}
