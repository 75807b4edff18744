package io.wirestream.enrichment.internal.kb;

import io.wirestream.enrichment.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The engine's built-in knowledge base: countries (ISO 3166 codes, names, demonyms), capitals and
 * cities, regions, continents, international organizations, companies, media, parties, groups and
 * events, plus the name lexicons. It gives entities stable link ids ({@code country:US}) and the
 * recognizer its gazetteer.
 *
 * <p>Loaded once per process from compact resources that ship in the jar (see
 * {@code enrichment/DATA-SOURCES.md} for where each file comes from); nothing is fetched at run
 * time. Immutable after loading, so every thread shares {@link #shared()}.
 */
public final class KnowledgeBase {

    private static final String DIR = "/io/wirestream/enrichment/internal/kb/";
    /** Cities below this size are ambiguous enough to need context. */
    private static final long STRONG_CITY_POPULATION = 100_000;

    private final Map<String, KbEntry> byId;
    private final Gazetteer gazetteer;
    private final NameLexicon names;

    private KnowledgeBase(Map<String, KbEntry> byId, Gazetteer gazetteer, NameLexicon names) {
        this.byId = byId;
        this.gazetteer = gazetteer;
        this.names = names;
    }

    private static final class Holder {
        static final KnowledgeBase SHARED = load();
    }

    /** The process-wide knowledge base, loaded on first use. */
    public static KnowledgeBase shared() {
        return Holder.SHARED;
    }

    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public NameLexicon names() {
        return names;
    }

    public int size() {
        return byId.size();
    }

    // ---------------------------------------------------------------- loading

    /** Mutable form of an entry while the files are merged. */
    private static final class Draft {
        String id;
        String name;
        EntityType type;
        String subtype;
        String country;
        long population;
        boolean capital;
        boolean weak;
        final Set<String> aliases = new LinkedHashSet<>();

        KbEntry freeze() {
            return new KbEntry(id, name, type, Optional.ofNullable(blankToNull(subtype)),
                    Optional.ofNullable(blankToNull(country)), population, capital, weak);
        }
    }

    static KnowledgeBase load() {
        Set<String> lower = readWords("words-lower.txt");
        Set<String> proper = readWords("words-proper.txt");
        Map<String, Gender> first = new HashMap<>(1 << 15);
        read("first-names.txt", l -> {
            int tab = l.indexOf('\t');
            String name = tab < 0 ? l : l.substring(0, tab);
            Gender g = tab < 0 ? Gender.UNKNOWN : l.charAt(tab + 1) == 'F' ? Gender.FEMALE : Gender.MALE;
            first.put(name, g);
        });
        Set<String> last = readWords("surnames.txt");
        NameLexicon names = new NameLexicon(java.util.Collections.unmodifiableMap(first), last, lower, proper);

        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, String> capitals = new HashMap<>();
        readTsv("countries.tsv", f -> {
            Draft d = draft(drafts, "country:" + f[0], EntityType.LOCATION, "COUNTRY");
            d.name = f[1];
            d.country = f[0];
            split(field(f, 2), d.aliases::add);
            String demonym = field(f, 3);
            if (!demonym.isEmpty()) {
                Draft n = draft(drafts, "nationality:" + f[0], EntityType.NATIONALITY, "NATIONALITY");
                n.name = demonym;
                n.country = f[0];
            }
            if (!field(f, 4).isEmpty()) {
                capitals.put(f[0] + ":" + slug(field(f, 4)), f[0]);
            }
            String continent = field(f, 5);
            if (!continent.isEmpty()) {
                capitals.putIfAbsent("continent-of:" + f[0], continent);
            }
        });
        readTsv("cities.tsv", f -> {
            String cc = f[0];
            Draft d = draft(drafts, "city:" + cc + ":" + slug(f[1]), EntityType.LOCATION, "CITY");
            d.name = f[1];
            d.country = cc;
            split(field(f, 2), d.aliases::add);
            d.population = Long.parseLong(field(f, 4).isEmpty() ? "0" : f[4]);
            d.capital = "PPLC".equals(field(f, 5)) || capitals.containsKey(cc + ":" + slug(f[1]));
            d.weak = !d.capital && (d.population < STRONG_CITY_POPULATION || ambiguous(d.name, names));
        });
        readTsv("airlines.tsv", f -> {
            Draft d = draft(drafts, "org:airline:" + slug(f[0]), EntityType.ORGANIZATION, "COMPANY");
            if (d.name == null) {
                d.name = f[0];
            }
        });
        readTsv("curated-places.tsv", f -> curated(drafts, f, EntityType.LOCATION, f[1], 4, 5));
        readTsv("curated-organizations.tsv", f -> curated(drafts, f, EntityType.ORGANIZATION, f[1], 4, -1));
        readTsv("curated-groups.tsv", f -> curated(drafts, f, EntityType.NATIONALITY, f[1], 4, -1));
        readTsv("curated-misc.tsv", f -> {
            String[] g = {f[0], f[2], f[3], field(f, 4), ""};
            curated(drafts, g, EntityType.valueOf(f[1]), f[2], 4, -1);
        });

        Gazetteer.Builder gaz = new Gazetteer.Builder(names);
        Map<String, KbEntry> byId = new HashMap<>(drafts.size() * 2);
        for (Draft d : drafts.values()) {
            if (d.name == null || d.name.isEmpty()) {
                continue; // an alias row for an entry that the generated files do not have
            }
            KbEntry e = d.freeze();
            byId.put(e.id(), e);
            gaz.add(e, e.name());
            for (String a : d.aliases) {
                if (e.isSubtype("CITY") && e.population() < 1_000_000 && !e.capital() && ambiguous(a, names)) {
                    continue; // "Göd" folded to "God", "Būsh" to "Bush": not worth the false matches
                }
                if (a.startsWith("~")) {
                    gaz.add(e, a.substring(1), true); // curated: only with supporting context
                } else {
                    gaz.add(e, a);
                }
            }
            if (e.type() == EntityType.NATIONALITY) {
                addPlurals(gaz, e, d.aliases);
            }
            String folded = fold(e.name());
            if (!folded.equals(e.name()) && !(e.isSubtype("CITY") && ambiguous(folded, names) && e.population() < 1_000_000)) {
                gaz.add(e, folded);
            }
        }
        return new KnowledgeBase(java.util.Collections.unmodifiableMap(byId), gaz.build(), names);
    }

    private static boolean ambiguous(String name, NameLexicon names) {
        return names.isCommonWord(name) || names.isFirstName(name) || names.isSurname(name);
    }

    private static final Set<String> NO_PLURAL = Set.of("arabic", "islamic", "baltic", "celtic", "coptic", "slavic",
            "judaic", "nordic", "balkan", "western", "caribbean", "mideast", "orthodox", "roma", "inuit", "druze");

    /** "Serb" -> "Serbs", "Iraqi" -> "Iraqis"; "Chinese", "Swiss", "Dutch" have no such plural. */
    private static void addPlurals(Gazetteer.Builder gaz, KbEntry e, Set<String> aliases) {
        List<String> forms = new ArrayList<>();
        forms.add(e.name());
        forms.addAll(aliases);
        for (String f : forms) {
            String l = f.toLowerCase(Locale.ROOT);
            if (NO_PLURAL.contains(l) || l.endsWith("ese") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("s")
                    || l.endsWith("x") || l.endsWith("z") || l.endsWith("men") || !Character.isLetter(l.charAt(l.length() - 1))) {
                continue;
            }
            gaz.add(e, f + "s");
        }
    }

    private static void curated(Map<String, Draft> drafts, String[] f, EntityType type, String subtype,
            int countryField, int flagsField) {
        Draft d = drafts.get(f[0]);
        if (d == null) {
            d = draft(drafts, f[0], type, subtype);
        }
        if (!field(f, 2).isEmpty()) {
            if (d.name != null && !d.name.equals(f[2])) {
                d.aliases.add(d.name);
            }
            d.name = f[2];
        }
        split(field(f, 3), d.aliases::add);
        if (!field(f, countryField).isEmpty()) {
            d.country = f[countryField];
        }
        if (flagsField >= 0) {
            String flags = field(f, flagsField);
            d.capital |= flags.contains("capital");
            d.weak = flags.contains("weak");
        }
    }

    private static Draft draft(Map<String, Draft> drafts, String id, EntityType type, String subtype) {
        return drafts.computeIfAbsent(id, k -> {
            Draft d = new Draft();
            d.id = id;
            d.type = type;
            d.subtype = subtype;
            return d;
        });
    }

    /** A stable id fragment for a name: "São Paulo" -> "sao-paulo". */
    public static String slug(String name) {
        String f = fold(name).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i].strip() : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void split(String aliases, Consumer<String> sink) {
        if (aliases.isEmpty()) {
            return;
        }
        for (String a : aliases.split("\\|")) {
            if (!a.isBlank()) {
                sink.accept(a.strip());
            }
        }
    }

    private static void readTsv(String file, Consumer<String[]> row) {
        read(file, line -> row.accept(line.split("\t", -1)));
    }

    private static Set<String> readWords(String file) {
        Set<String> words = new HashSet<>(1 << 17);
        read(file, words::add);
        return java.util.Collections.unmodifiableSet(words); // no second copy: start-up time counts
    }

    private static void read(String file, Consumer<String> line) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("knowledge base resource missing: " + DIR + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String l;
            while ((l = r.readLine()) != null) {
                if (!l.isEmpty() && l.charAt(0) != '#') {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
    }
}
