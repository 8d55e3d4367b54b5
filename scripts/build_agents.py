"""Generate the English side of the agents lexicon (``src/dateline/kb/data/agents.yaml``).

Source: the CAMEO/Phoenix agents dictionary of PETRARCH2 (``petrarch2/data/dictionaries/
Phoenix.agents.txt`` in github.com/openeventdata/petrarch2, MIT licence, Open Event Data
Alliance). Each entry is a noun phrase (words joined by ``_``, ``!PERSON!``/``!MINIST!``
substitution sets, an optional ``{plurals}`` block) followed by a CAMEO agent code such as
``[~GOV]``, ``[~GOVMIL]`` or ``[IGO~]``. The dictionary file is not copied into the repository.

The script keeps the entries whose code maps to a project sector (`sector_of`), whose words are
plain ASCII, that the role lexicon (``roles.yaml``) does not already have in English, and that
are not on the `STOP` list (words too generic or ambiguous to name a sector in news text:
"man", "boss", "member", "state"…). The French side of ``agents.yaml`` is written by hand; the
script keeps it verbatim (the lines between ``  fr:`` and ``  en:``).

Run: ``python scripts/build_agents.py PATH/TO/Phoenix.agents.txt [--commit SHA]`` (the output is
committed; re-run after editing the stop list). The file comes from a clone of the repository:
``git -C petrarch2 show HEAD:petrarch2/data/dictionaries/Phoenix.agents.txt > Phoenix.agents.txt``
(built from commit 676801cd9cb2924bbbad09f86d15c9323e7097bf).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import yaml

from dateline.kb.roles import phrase_words

DATA = Path(__file__).resolve().parents[1] / "src" / "dateline" / "kb" / "data"
OUTPUT = DATA / "agents.yaml"
ROLES = DATA / "roles.yaml"
SOURCE_REPO = "openeventdata/petrarch2"
SOURCE_PATH = "petrarch2/data/dictionaries/Phoenix.agents.txt"

#: CAMEO agent codes (three letters) → project sector. Codes not here (CRM criminals, UAF
#: unidentified armed forces, AGR, ENV, DEV, ELI elites, PPL, RAD, religions MUS/CHR/JEW/BUD/HIN…)
#: name no sector the project codes, so their entries are dropped.
SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "PTY": "PTY", "COP": "COP",
    "JUD": "JUD", "SPY": "SPY", "IGO": "IGO", "NGO": "NGO", "HRI": "NGO", "MED": "MED",
    "CVL": "CVL", "BUS": "BUS", "REL": "REL", "LAB": "LAB", "REF": "REF", "EDU": "EDU",
    "HLH": "HLH", "LEG": "LEG",
}  # fmt: skip
#: A compound code takes its first sector, except that a government or military agent whose
#: second code is police, justice or intelligence is that ("military intelligence" SPY,
#: "prosecutor general" JUD, "military police" COP), as roles.yaml codes them.
SPECIFIC = {"COP", "JUD", "SPY"}
SUBSTITUTIONS = {"!PERSON!": ["man", "woman", "person"], "!MINIST!": ["minister", "ministry"]}

#: Entries too generic or ambiguous to name a sector on their own in news text.
STOP = {
    "man", "men", "woman", "women", "person", "persons", "people", "boss", "business", "member",
    "members", "state", "states", "actor", "agent", "chief", "head", "director", "secretary",
    "staff", "office", "council", "committee", "commission", "board", "bureau", "department",
    "service", "services", "federation", "league", "front", "movement", "union", "group", "team",
    "crew", "worker", "workers", "employee", "employer", "owner", "youth", "youths", "child",
    "children", "kid", "boy", "girl", "mother", "father", "villain", "member of parliament",
    "representative", "delegate", "deputy", "manager", "administrator", "spokesman", "partisan",
    "supporter", "follower", "fan", "volunteer", "patriot", "loyalist", "hardliner", "moderate",
    "radical", "conservative", "liberal", "left", "right", "leftist", "rightist", "nationalist",
    "activist", "campaigner", "elder", "chieftain", "tribe", "tribesman", "clan", "native",
    "local", "national", "foreigner", "stranger", "pilgrim", "tourist", "traveler", "traveller",
    "passenger", "passenger jet", "customer", "consumer", "user", "buyer", "seller", "dealer",
    "trader", "market", "exchange", "club", "society", "institute", "center", "centre",
    "foundation", "fund", "trust", "network", "organisation", "organization", "association",
    "agency", "authority", "body", "forum", "platform", "camp", "base", "post", "station",
    "ship", "vessel", "plane", "airplane", "jet", "boat", "carrier", "cruiser", "destroyer",
    "mission", "observer", "monitor", "inspector general", "page", "press", "speaker", "chair",
    "chairman", "chairwoman", "chairperson", "president", "vice", "general", "major", "private",
    "marshal", "sergeant", "corporal", "cadet", "veteran", "guard", "warden", "watchman",
    "sentry", "sentinel", "scout", "pilot", "crewman", "sailor", "seaman", "operator", "hand",
    "mate", "captain", "master", "king", "queen", "prince", "princess", "lord", "lady", "duke",
    "sir", "count", "baron", "noble", "nobleman", "royal", "royalty", "aide", "assistant",
    "adviser", "advisor", "counsel", "counselor", "counsellor", "consultant", "expert",
    "analyst", "commentator", "critic", "writer", "author", "poet", "artist",
    "singer", "musician", "player", "athlete", "star", "celebrity", "host", "guest", "visitor",
    "neighbor", "neighbour", "friend", "enemy", "foe", "ally", "partner", "rival", "party",
    "side", "bloc", "axis", "coalition", "alliance", "government employer", "looter",
    "gendarmerie nationale",  # MIL in the dictionary; the project codes gendarmes COP
    "national security force", "paramilitary police", "security official",  # COP in roles.yaml
    "security council",  # the UN body is IGO (KB); a national one is named in full
    # places, facilities and events, not agents
    "community", "settlement", "small town", "village", "neighborhood", "neighbourhood", "kingdom",
    "polity", "governance", "prison", "state prison", "prison house", "police post", "police district",
    "correctional institution", "security check", "barracks", "military base", "naval base", "rebel base",
    "weapons storage facility", "fighting position", "mortar position", "military presence", "school",
    "schoolhouse", "high school", "middle school", "preschool", "kindergarten", "kindergarden",
    "conservatory", "college", "monastery", "infirmary", "sanatarium", "sanatorium", "sanitarium",
    "religion", "revolt", "uprising", "rebellion", "insurgence", "intelligence activity",
    "intelligence information", "intelligence operation", "military rule", "special operations",
    # ambiguous or not agents in news text
    "detainee", "crusader", "raider", "objector", "reformer", "reformist", "recreant", "operative",
    "producer", "exporter", "manufacturer", "monger", "oiler", "bargainer", "waiter", "waitress",
    "cabinetmaker", "aerospace", "airway", "manafacture", "transport compan", "livestock authorit",
    "port authorit", "naturalized", "non-native", "telecom", "publication", "chamber", "assemblage",
    "representatives", "promulgator", "naval", "echelon", "phalanx", "privateer", "mig", "kfir",
    "fuerzas especiales", "doc", "nanny", "nursemaid", "caregiver", "hunter", "believer", "unitarian",
    "mendicant", "semi-official", "state-owned", "sovereign", "regulator", "the pm", "official source",
    "tanker", "oil tanker", "supertanker", "freighter", "cargo ship", "cargo vessel", "container ship",
    "container vessel", "containership", "merchant ship", "merchant vessel", "leading news",
}  # fmt: skip

_ENTRY = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{(?P<more>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")


def sector_of(code: str) -> str | None:
    """The project sector of a CAMEO agent code ("~GOV" GOV, "~MILSPY" SPY, "IGO~" IGO, "~CRM" None)."""
    letters = code.replace("~", "").strip().upper()
    parts = [letters[i : i + 3] for i in range(0, len(letters), 3)]
    if not parts or not parts[0]:
        return None
    first = SECTORS.get(parts[0])
    if first in ("GOV", "MIL") and len(parts) > 1 and SECTORS.get(parts[1]) in SPECIFIC:
        return SECTORS[parts[1]]
    return first


def phrases_of(raw: str) -> list[str]:
    """The lower-case phrases an entry spells (substitution sets expanded, ``MINIST`` stems too)."""
    text = raw.replace("_", " ").strip()
    variants = [text]
    for marker, words in SUBSTITUTIONS.items():
        variants = [v.replace(marker, f" {w} ") if marker in v else v for v in variants for w in words]
    out: list[str] = []
    for v in variants:
        words = v.lower().split()
        if words and words[-1] == "minist":  # a stem: "BROADCAST_MINIST"
            out += [" ".join([*words[:-1], w]) for w in ("minister", "ministry")]
        elif words:
            out.append(" ".join(words))
    return list(dict.fromkeys(out))


def parse(path: Path) -> list[tuple[str, str]]:
    """(phrase, sector) for each usable entry of a PETRARCH agents dictionary, in file order."""
    entries: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" in line.split("[")[0]:
            continue
        match = _ENTRY.match(line)
        if not match or not line.isascii():
            continue
        sector = sector_of(match.group("code"))
        if sector is None:
            continue
        # "{...}" lists irregular plurals and variants ("GENDARMERY {GENDARMERIE}")
        spellings = [match.group("phrase"), *(match.group("more") or "").split(",")]
        entries += [(p, sector) for s in spellings if s.strip() for p in phrases_of(s)]
    return entries


def usable(phrase: str) -> bool:
    """Plain words only (no aircraft models "F/A-18", no "CENTRAL JAIL OF" fragments)."""
    words = phrase.split()
    return (
        bool(re.fullmatch(r"[a-z][a-z' &-]*", phrase))  # no abbreviations ("gen.", "lt.")
        and words[-1] not in ("of", "for", "in", "the", "and", "to", "at", "missile", "gun")
        and "spokes" not in words  # "SPOKES!PERSON!" (MED) splits "spokesman", GOV in roles.yaml
        and phrase not in STOP
    )


def state_media(phrase: str, sector: str) -> bool:
    """Government media ("state news agency" GOV in CAMEO): roles.yaml codes state media MED."""
    words = set(phrase.split())
    return sector == "GOV" and bool(words & {"media", "news", "television", "tv", "radio", "broadcast"})


def english_table(entries: list[tuple[str, str]]) -> dict[str, list[str]]:
    data = yaml.safe_load(ROLES.read_text(encoding="utf-8"))
    known = {phrase_words(p) for phrases in data["sectors"]["en"].values() for p in phrases}
    known |= {phrase_words(p) for p in data["places"]["en"]}  # places are never agents
    seen: dict[tuple[str, ...], str] = {}
    table: dict[str, list[str]] = defaultdict(list)
    for phrase, sector in entries:
        key = phrase_words(phrase)
        if not key or key in known or key in seen or not usable(phrase) or state_media(phrase, sector):
            continue
        seen[key] = sector
        table[sector].append(phrase)
    return {s: sorted(table[s]) for s in sorted(table)}


def french_block() -> str:
    """The hand-written ``fr:`` lines of the current output (kept verbatim)."""
    if not OUTPUT.exists():
        return "  fr: {}\n"
    lines = OUTPUT.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("  fr:\n")
    end = lines.index("  en:\n")
    return "".join(lines[start:end])


def flow(words: list[str], indent: int = 10, width: int = 110) -> str:
    """`words` as a YAML flow list wrapped at `width`."""
    out, line = [], ""
    for word in words:
        item = yaml.safe_dump(word, default_style=None, width=1000).strip().removesuffix("...").strip()
        piece = f"{item}, "
        if line and len(line) + len(piece) + indent > width:
            out.append(line.rstrip())
            line = ""
        line += piece
    out.append(line.rstrip().rstrip(","))
    return "[" + ("\n" + " " * indent).join(out) + "]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dictionaries", nargs="+", type=Path, help="PETRARCH/Phoenix agents files")
    parser.add_argument("--commit", default="unknown", help="commit of the source repository")
    args = parser.parse_args()
    entries = [e for path in args.dictionaries for e in parse(path)]
    english = english_table(entries)
    header = f"""\
# Agents lexicon: generic agent nouns → CAMEO/PLOVER sector, merged into the role lexicon
# (roles.yaml wins on conflicts; same matching: folded, singular forms, longest phrase wins).
# fr: written by hand (French news usage; entries roles.yaml lacks).
# en: GENERATED by scripts/build_agents.py from the Phoenix/CAMEO agents dictionary:
#   repository github.com/{SOURCE_REPO}, commit {args.commit},
#   path {SOURCE_PATH};
#   licence MIT (Copyright (c) 2014 Open Event Data Alliance); built {dt.date.today().isoformat()}
#   command: python scripts/build_agents.py Phoenix.agents.txt --commit {args.commit}
#   CAMEO codes mapped to sectors (GOVMIL → GOV, MILSPY → SPY, HRI → NGO, IGO~ → IGO; CRM, UAF,
#   AGR, ENV, ELI, religions… dropped); entries already in roles.yaml or on the script's stop list
#   are left out. Edit the French side by hand; re-run the script for the English side.
sectors:
"""
    body = "  en:\n" + "".join(f"    {s}: {flow(words)}\n" for s, words in english.items())
    OUTPUT.write_text(header + french_block() + body, encoding="utf-8")
    counts = ", ".join(f"{s} {len(w)}" for s, w in english.items())
    print(f"{OUTPUT}: en {sum(len(w) for w in english.values())} phrases ({counts})")


if __name__ == "__main__":
    main()
