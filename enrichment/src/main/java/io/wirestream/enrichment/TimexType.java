package io.wirestream.enrichment;

/** TimeML temporal expression types. */
public enum TimexType {
    DATE,
    TIME,
    DURATION,
    SET
}
