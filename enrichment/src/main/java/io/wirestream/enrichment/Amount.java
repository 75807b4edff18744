package io.wirestream.enrichment;

import java.util.Optional;

/**
 * A number with what it counts or measures: "1.5 million troops", "$2.3bn", "20 per cent".
 *
 * @param value    normalized numeric value (1.5 million = 1500000)
 * @param unit     unit of measure ("percent", "km", "tonne"...) or the ISO 4217 code for money
 * @param currency ISO 4217 code when the amount is money
 * @param object   the counted object, e.g. "troops", "combat brigades"
 */
public record Amount(
        int start,
        int end,
        String text,
        double value,
        Optional<String> unit,
        Optional<String> currency,
        Optional<String> object) {
}
