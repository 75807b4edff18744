#!/usr/bin/env python3
"""Generates lexicon-wordnet.txt, the low-weight background vocabulary of the topic classifier.

  python3 enrichment/src/build/topics/generate_wordnet_terms.py [WORDNET_DIR] > \
      enrichment/src/main/resources/io/wirestream/enrichment/internal/topics/lexicon-wordnet.txt

WORDNET_DIR defaults to /usr/share/wordnet (Debian package wordnet-base, WordNet 3.0, under the
WordNet 3.0 licence: free to use, copy, modify and distribute with its copyright notice; see
enrichment/DATA-SOURCES.md). Deterministic: the same WordNet gives the same file.

Two sources of terms per IPTC topic:
  * topic-domain pointers (";c"): WordNet files e.g. "touchdown" under the domain "football";
  * hyponyms of seed concepts: every kind of "disease", "weapon", "athlete", "musician"...
A lemma is kept only when its most frequent sense (first in WordNet's index) is one of the
topic's synsets, and it gets weight 1 when all its senses agree, 0.5 otherwise. Lemmas with
capitals (names), shorter than 4 letters, or already in the hand-written lexicon.txt are left out:
the hand-written lexicon decides every word it lists.
"""
import os
import re
import sys
from collections import defaultdict

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
HAND = os.path.join(os.path.dirname(__file__), "../../main/resources/io/wirestream/enrichment/internal/topics/lexicon.txt")

# domain synset lemma (first lemma of the domain synset) -> IPTC code
DOMAINS = {
    "law": "medtop:02000000", "crime": "medtop:02000000", "criminal_law": "medtop:02000000",
    "military": "medtop:16000000", "terrorism": "medtop:16000000", "war": "medtop:16000000",
    "computer_science": "medtop:13000000", "computer": "medtop:13000000", "electronics": "medtop:13000000",
    "chemistry": "medtop:13000000", "biology": "medtop:13000000", "physics": "medtop:13000000",
    "astronomy": "medtop:13000000", "genetics": "medtop:13000000", "geology": "medtop:13000000",
    "biochemistry": "medtop:13000000", "telecommunication": "medtop:13000000", "engineering": "medtop:13000000",
    "medicine": "medtop:07000000", "pathology": "medtop:07000000", "psychiatry": "medtop:07000000",
    "surgery": "medtop:07000000", "pharmacology": "medtop:07000000", "obstetrics": "medtop:07000000",
    "sport": "medtop:15000000", "baseball": "medtop:15000000", "golf": "medtop:15000000",
    "football": "medtop:15000000", "American_football": "medtop:15000000", "basketball": "medtop:15000000",
    "tennis": "medtop:15000000", "cricket": "medtop:15000000", "boxing": "medtop:15000000",
    "skiing": "medtop:15000000", "soccer": "medtop:15000000", "hockey": "medtop:15000000",
    "ice_hockey": "medtop:15000000", "rugby": "medtop:15000000", "track_and_field": "medtop:15000000",
    "racing": "medtop:15000000", "horse_racing": "medtop:15000000", "wrestling": "medtop:15000000",
    "music": "medtop:01000000", "art": "medtop:01000000", "performing_arts": "medtop:01000000",
    "dramaturgy": "medtop:01000000", "theater": "medtop:01000000", "photography": "medtop:01000000",
    "literature": "medtop:01000000", "poetry": "medtop:01000000", "film": "medtop:01000000",
    "movie": "medtop:01000000", "dance": "medtop:01000000", "ballet": "medtop:01000000",
    "religion": "medtop:12000000", "Roman_Catholic": "medtop:12000000", "Christianity": "medtop:12000000",
    "Islam": "medtop:12000000", "Judaism": "medtop:12000000", "Hinduism": "medtop:12000000",
    "Buddhism": "medtop:12000000", "theology": "medtop:12000000", "church": "medtop:12000000",
    "commerce": "medtop:04000000", "commercial_enterprise": "medtop:04000000", "economics": "medtop:04000000",
    "finance": "medtop:04000000", "banking": "medtop:04000000", "stock_exchange": "medtop:04000000",
    "accounting": "medtop:04000000", "business": "medtop:04000000", "insurance": "medtop:04000000",
    "politics": "medtop:11000000", "government": "medtop:11000000", "diplomacy": "medtop:11000000",
    "meteorology": "medtop:17000000", "ecology": "medtop:06000000", "environment": "medtop:06000000",
    "education": "medtop:05000000", "cooking": "medtop:10000000",
}

# seed synsets (lemma, sense number in index order, POS) whose hyponyms belong to a topic
SEEDS = [
    ("disease", 1, "n", "medtop:07000000"), ("drug", 1, "n", "medtop:07000000"),
    ("medical_practitioner", 1, "n", "medtop:07000000"), ("medical_procedure", 1, "n", "medtop:07000000"),
    ("weapon", 1, "n", "medtop:16000000"), ("military_unit", 1, "n", "medtop:16000000"),
    ("serviceman", 1, "n", "medtop:16000000"), ("military_officer", 1, "n", "medtop:16000000"),
    ("crime", 1, "n", "medtop:02000000"), ("criminal", 1, "n", "medtop:02000000"),
    ("lawyer", 1, "n", "medtop:02000000"), ("court", 2, "n", "medtop:02000000"),
    ("athlete", 1, "n", "medtop:15000000"), ("sport", 1, "n", "medtop:15000000"),
    ("contest", 1, "n", "medtop:15000000"),
    ("musician", 1, "n", "medtop:01000000"), ("singer", 1, "n", "medtop:01000000"),
    ("actor", 1, "n", "medtop:01000000"), ("musical_instrument", 1, "n", "medtop:01000000"),
    ("musical_composition", 1, "n", "medtop:01000000"), ("film", 1, "n", "medtop:01000000"),
    ("politician", 1, "n", "medtop:11000000"), ("legislator", 1, "n", "medtop:11000000"),
    ("clergyman", 1, "n", "medtop:12000000"), ("religious_person", 1, "n", "medtop:12000000"),
    ("natural_disaster", 1, "n", "medtop:03000000"), ("accident", 2, "n", "medtop:03000000"),
    ("storm", 1, "n", "medtop:17000000"), ("precipitation", 3, "n", "medtop:17000000"),
    ("computer", 1, "n", "medtop:13000000"), ("software", 1, "n", "medtop:13000000"),
    ("scientist", 1, "n", "medtop:13000000"), ("natural_science", 1, "n", "medtop:13000000"),
    ("financial_institution", 1, "n", "medtop:04000000"), ("security", 4, "n", "medtop:04000000"),
    ("businessman", 1, "n", "medtop:04000000"), ("educator", 1, "n", "medtop:05000000"),
    ("educational_institution", 1, "n", "medtop:05000000"),
]

POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def load():
    synsets = {}      # (offset, pos) -> (lemmas, pointers)
    for pos, name in POS.items():
        with open(os.path.join(WN, "data." + name), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                p = line.split(" | ")[0].split()
                off, ss_type = p[0], p[2]
                n_words = int(p[3], 16)
                lemmas = [p[4 + 2 * i] for i in range(n_words)]
                i = 4 + 2 * n_words
                n_ptr = int(p[i]); i += 1
                ptrs = []
                for _ in range(n_ptr):
                    sym, o, ps = p[i], p[i + 1], p[i + 2]
                    ptrs.append((sym, o, "a" if ps == "s" else ps))
                    i += 4
                synsets[(off, "a" if ss_type == "s" else pos)] = (lemmas, ptrs)
    index = {}        # (lemma, pos) -> [offsets in sense order]
    for pos, name in POS.items():
        with open(os.path.join(WN, "index." + name), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                p = line.split()
                lemma, n_synsets = p[0], int(p[2])
                index[(lemma, pos)] = p[-n_synsets:]
    return synsets, index


def main():
    synsets, index = load()
    topic_of = defaultdict(set)   # (offset, pos) -> {code}
    for key, (lemmas, ptrs) in synsets.items():
        for sym, o, ps in ptrs:
            if sym == ";c":
                dom = synsets.get((o, ps))
                if dom and dom[0][0] in DOMAINS:
                    topic_of[key].add(DOMAINS[dom[0][0]])
    for lemma, sense, pos, code in SEEDS:
        offs = index.get((lemma, pos))
        if not offs or len(offs) < sense:
            continue
        stack, seen = [(offs[sense - 1], pos)], set()
        while stack:
            k = stack.pop()
            if k in seen or k not in synsets:
                continue
            seen.add(k)
            topic_of[k].add(code)
            for sym, o, ps in synsets[k][1]:
                if sym in ("~", "~i"):
                    stack.append((o, ps))
    hand = set()
    with open(HAND, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#@" or ":" not in line:
                continue
            for t in line.split(":", 1)[1].split(","):
                hand.add(t.strip().lower())
    terms = defaultdict(dict)     # code -> term -> weight
    for (lemma, pos), offs in index.items():
        if any(c.isupper() for c in lemma) or len(lemma) < 4 or not re.fullmatch(r"[a-z][a-z_'-]*", lemma):
            continue
        term = lemma.replace("_", " ")
        if term in hand:
            continue
        first = topic_of.get((offs[0], pos), set())
        for code in first:
            agree = all(code in topic_of.get((o, pos), ()) for o in offs)
            w = 1.0 if agree else 0.5
            terms[code][term] = max(terms[code].get(term, 0), w)
    print("# GENERATED by enrichment/src/build/topics/generate_wordnet_terms.py from WordNet 3.0")
    print("# (Princeton University, WordNet 3.0 licence; see enrichment/DATA-SOURCES.md). Do not edit.")
    for code in sorted(terms):
        print("@" + code)
        for w in (1.0, 0.5):
            words = sorted(t for t, x in terms[code].items() if x == w)
            for i in range(0, len(words), 40):
                print("%g: %s" % (w, ", ".join(words[i:i + 40])))


if __name__ == "__main__":
    main()
