package io.wirestream.enrichment.internal.text;

import java.util.Set;

/** English abbreviations that keep their period, and the ones that never end a sentence. */
public final class Abbreviations {

    private Abbreviations() {
    }

    /** Titles and words that are always followed by more of the sentence. */
    public static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cpt",
            "sgt", "adm", "cmdr", "rev", "fr", "st", "messrs", "mme", "mlle", "hon", "pres", "supt", "insp",
            "no", "nos", "vs", "v", "cf", "e.g", "i.e", "approx", "ft", "mt", "sr", "jr.",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Every abbreviation that keeps its period as part of the token. */
    public static final Set<String> ENGLISH = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cpt",
            "sgt", "adm", "cmdr", "rev", "fr", "st", "messrs", "mme", "mlle", "hon", "pres", "supt", "insp",
            "no", "nos", "vs", "v", "cf", "approx", "ft", "mt", "sr", "jr", "esq",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "inc", "corp", "ltd", "co", "plc", "bros", "dept", "univ", "assn", "intl", "est",
            "ave", "blvd", "rd", "hwy", "etc", "al", "ca", "vol", "pp", "fig",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
            "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
            "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo");
}
