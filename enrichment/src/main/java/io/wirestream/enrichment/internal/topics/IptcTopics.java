package io.wirestream.enrichment.internal.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pinned table of IPTC Media Topics the engine can assign, read once from
 * {@code iptc-media-topics.tsv}: code, label and parent. Every code and label in the output comes
 * from here, so a label changes in one place and a code never changes.
 */
public final class IptcTopics {

    /** One row of the table; {@code index} is its position, used for dense score arrays. */
    public record Entry(int index, String code, String label, Optional<String> parent) {
        public boolean topLevel() {
            return parent.isEmpty();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byCode = new HashMap<>();

    public IptcTopics() {
        try (InputStream in = IptcTopics.class.getResourceAsStream("iptc-media-topics.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource iptc-media-topics.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Optional<String> parent = f[2].equals("-") ? Optional.empty() : Optional.of(f[2]);
                Entry e = new Entry(entries.size(), f[0], f[1], parent);
                entries.add(e);
                byCode.put(e.code(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Entry e : entries) {
            e.parent().ifPresent(p -> {
                if (!byCode.containsKey(p)) {
                    throw new IllegalStateException("iptc-media-topics.tsv: unknown parent " + p + " of " + e.code());
                }
            });
        }
    }

    public List<Entry> all() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public Entry get(int index) {
        return entries.get(index);
    }

    public Optional<Entry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Index of the parent of a topic, or -1 for a top-level topic. */
    public int parentIndex(int index) {
        return entries.get(index).parent().map(p -> byCode.get(p).index()).orElse(-1);
    }
}
