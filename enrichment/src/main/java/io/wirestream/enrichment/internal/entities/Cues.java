package io.wirestream.enrichment.internal.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the recognizer reads context from: person titles, organization and location
 * head words, event heads, sports vocabulary, name particles. They live in {@code cues.txt} so a
 * linguist can extend them without touching code; every entry is a lower-case lookup key.
 */
final class Cues {

    final Set<String> personTitles;
    final Set<String> personTitleModifiers;
    final Set<String> orgHeads;
    final Set<String> orgFirst;
    final Set<String> locHeads;
    final Set<String> locFirst;
    final Set<String> eventHeads;
    final Set<String> miscHeads;
    final Set<String> miscFirst;
    final Set<String> sportsEventHeads;
    final Set<String> notNames;
    final Set<String> ordinals;
    final Set<String> governmentHeads;
    final Set<String> sports;
    final Set<String> sportsVocabulary;
    final Set<String> teamCues;
    final Set<String> nameParticles;
    final Set<String> sentenceStartNotNames;

    private Cues(Map<String, Set<String>> sections) {
        personTitles = get(sections, "person-titles");
        personTitleModifiers = get(sections, "person-title-modifiers");
        orgHeads = get(sections, "org-heads");
        orgFirst = get(sections, "org-first");
        locHeads = get(sections, "loc-heads");
        locFirst = get(sections, "loc-first");
        eventHeads = get(sections, "event-heads");
        miscHeads = get(sections, "misc-heads");
        miscFirst = get(sections, "misc-first");
        sportsEventHeads = get(sections, "sports-event-heads");
        notNames = get(sections, "not-names");
        ordinals = get(sections, "ordinals");
        governmentHeads = get(sections, "government-heads");
        sports = get(sections, "sports");
        sportsVocabulary = get(sections, "sports-vocabulary");
        teamCues = get(sections, "team-cues");
        nameParticles = get(sections, "name-particles");
        sentenceStartNotNames = get(sections, "sentence-start-not-names");
    }

    private static final class Holder {
        static final Cues SHARED = load();
    }

    static Cues shared() {
        return Holder.SHARED;
    }

    private static Set<String> get(Map<String, Set<String>> sections, String name) {
        Set<String> s = sections.get(name);
        if (s == null) {
            throw new IllegalStateException("cues.txt has no [" + name + "] section");
        }
        return Set.copyOf(s);
    }

    private static Cues load() {
        Map<String, Set<String>> sections = new HashMap<>();
        try (InputStream in = Cues.class.getResourceAsStream("cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource cues.txt missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new HashSet<>());
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException("cues.txt: entry before any [section]: " + l);
                }
                for (String w : l.split("\\s+")) {
                    current.add(w.toLowerCase(Locale.ROOT).replace(".", w.length() > 1 ? "" : "."));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cues(sections);
    }
}
