"""Generate the English CAMEO verb triggers (``src/dateline/data/triggers/en_cameo.yaml``).

Sources (neither file is copied into the repository; the output keeps only lemmas and codes):

- PETRARCH2's CAMEO verb-pattern dictionary, ``petrarch2/data/dictionaries/CAMEO.2.0.txt`` in
  github.com/openeventdata/petrarch2 (MIT licence, Open Event Data Alliance).
- PLOVER's CAMEO→PLOVER table, ``CAMEO2PLOVER-2021.txt`` in github.com/openeventdata/PLOVER
  (the PLOVER manual and tables are CC BY-SA 4.0, Open Event Data Alliance).

The dictionary lists synonym blocks (``---  KILL   [190]  ---``) of verbs (``MURDER [190]``,
``+SHOOT_DOWN {…}``; a verb without a code takes its block's) and patterns under them
(``- * (IN COURT)   [173]   # APPEAR``: the verb, then its object or prepositional phrase). A code
``[a:b]`` codes the verb's subject as ``a`` (``[:b]`` codes only the reverse direction: skipped).
Each code maps to its PLOVER category and mode through the table (the longest prefix it has).

What is kept, and why (the filters, in order):

1. Verbs and patterns whose code maps to a PLOVER category (CAMEO 01 statements and 02 appeals
   have none in PLOVER 0.8).
2. Patterns with nothing before the verb (a subject constraint cannot be expressed in the
   lexicon), no synonym set (``&WEAPON``) and one to three plain words after it: "verb + particle"
   or "verb + object" entries, the words lemmatised as nouns.
3. Lemmas whose codes map to at most two PLOVER categories (more is too ambiguous to be a trigger).
4. Single verbs that en_core_web_sm tags as a base-form verb of that lemma (drops "SAW", inflected
   multiword forms such as "+KILLED_AND", noun-only words).
5. Not a generic verb (`GENERIC`: say, make, take, have, get, go, come, give, put, see…, and verbs
   whose common senses are no political act: contain, catch, base…), not a modality verb that only
   introduces another act (`MODALITY`: expect, intend, plan, hope…) and not one of the hand-written
   lexicon's light, occurrence or host verbs (those carry an event noun: "launched an offensive").
   A generic verb may still head a phrase ("put down riot"), except a light verb, whose object noun
   is already read as the trigger.
6. Not already in ``en.yaml`` (the hand-written lexicon wins; the loader also gives it priority),
   and a phrase only when it says more than its head verb (another category or mode).

Modes keep the table's mode when PLOVER 0.8 lists it for the category (`MODES`, with `MODE_ALIASES`
for the table's older names), else none.

Run (the output is committed; re-run after editing the filters)::

    git --git-dir=PETRARCH2_GIT show HEAD:petrarch2/data/dictionaries/CAMEO.2.0.txt > CAMEO.2.0.txt
    git --git-dir=PLOVER_GIT show HEAD:CAMEO2PLOVER-2021.txt > CAMEO2PLOVER-2021.txt
    python scripts/build_triggers.py CAMEO.2.0.txt CAMEO2PLOVER-2021.txt \\
        --petrarch-commit 676801cd9cb2924bbbad09f86d15c9323e7097bf \\
        --plover-commit 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from dateline.resources import SPACY_MODELS

TRIGGERS = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "triggers"
OUTPUT = TRIGGERS / "en_cameo.yaml"
HAND = TRIGGERS / "en.yaml"
PETRARCH = ("openeventdata/petrarch2", "petrarch2/data/dictionaries/CAMEO.2.0.txt", "MIT")
PLOVER = ("openeventdata/PLOVER", "CAMEO2PLOVER-2021.txt", "CC BY-SA 4.0")

#: PLOVER 0.8 modes per category (../shared/docs/plover.md).
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}  # fmt: skip
#: The table's older mode names → the PLOVER 0.8 mode.
MODE_ALIASES = {"assassinate": "targeted", "ban": "restrict", "return": "release", "political": "restrict"}

#: Verbs too generic to be a trigger alone (they may head a phrase): light and support verbs and
#: verbs whose common senses are no political act.
GENERIC = {
    "be", "have", "do", "say", "make", "take", "get", "go", "come", "give", "put", "see", "set", "keep",
    "let", "run", "show", "bring", "hold", "turn", "use", "leave", "call", "find", "know", "think",
    "look", "want", "seem", "tell", "ask", "work", "play", "move", "live", "stand", "stay", "sit",
    "pass", "meet", "lead", "follow", "start", "begin", "end", "stop", "open", "close", "carry", "pay",
    "cover", "contain", "catch", "grab", "base", "place", "post", "pose", "position", "stage", "hang",
    "raise", "drop", "fall", "draw", "pull", "push", "throw", "cut", "break", "build", "hit", "touch",
    "reach", "return", "change", "form", "join", "add", "allow", "act", "offer", "provide", "receive",
    "note", "mark", "point", "order", "head", "face", "back", "press", "charge", "fire", "state",
    "express", "issue", "release", "present", "report", "announce", "claim", "mention", "comment",
    "remark", "describe", "explain", "confirm", "repeat", "view", "watch", "observe", "enter",
    "cross", "drive", "fly", "travel", "sail", "land", "arrive", "depart", "appear", "emerge",
    "remain", "continue", "include", "involve", "concern", "affect", "serve", "handle", "manage",
    "deal", "treat", "count", "measure", "total", "sum", "score", "figure", "gauge", "estimate",
    "assess", "calculate", "cite", "define", "detail", "inform", "refer", "convey", "communicate",
    "enclose", "restrain", "stem", "check", "control", "cast", "shed", "spread", "clear",
    "empty", "fill", "load", "dock", "crash", "collapse", "erupt", "develop", "construct", "lift",
    "extend", "exhibit", "display", "experience", "enjoy", "endure", "suffer", "fail", "try",
    "determine", "hear", "introduce", "boost", "influence", "signal", "vote", "revive", "saw",
    "found", "shot", "die",  # "die": its subject is the victim, not the actor
}  # fmt: skip
#: Pattern words that make no lexicon entry: pronouns and conjunctions ("SHOT_AND", "THEMSELVES").
NOT_CONTENT = {"AND", "OR", "THEMSELVES", "HIMSELF", "HERSELF", "ITSELF", "IT", "THEM", "IF", "WHEN"}
#: Verbs that introduce another act (its content is coded instead; the auxiliary rules read the
#: future and the hypothetical they add).
MODALITY = {
    "expect", "intend", "plan", "hope", "wish", "aim", "attempt", "decide", "consider", "envisage",
    "anticipate", "predict", "foresee", "await", "want", "desire", "prefer", "prepare", "mean",
    "propose", "plot", "contemplate", "schedule", "seek", "try", "agree", "refuse", "threaten",
}  # fmt: skip

_CODE = re.compile(r"\[([^\]]*)\]")
_WORD = re.compile(r"[A-Z][A-Z'-]*")


@dataclass(frozen=True)
class Coded:
    """One coded dictionary line: a verb (``pattern`` empty) or a verb with a pattern's words."""

    verb: tuple[str, ...]  # the verb's words, upper case as in the file ("SHOOT", "DOWN")
    pattern: tuple[str, ...]  # the words after the verb ("IN", "COURT"), upper case
    code: str
    inherited: bool = False  # a verb that only takes its block's code (a synonym of the block's verb)


def parse_mapping(text: str) -> dict[str, tuple[str, str | None]]:
    """``CAMEO2PLOVER`` lines (``0841: RETREAT, release, legal # …``) → code → (category, mode)."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        code, sep, rest = body.partition(":")
        if not sep or not code.strip().isdigit() or len(code.strip()) < 3:
            continue  # headers and the two-digit roots ("08: CONCEDE" and "08: RETREAT" share one)
        fields = [f.strip() for f in rest.split(",")]
        category = fields[0].upper()
        mode = fields[1].lower() if len(fields) > 1 and fields[1] else None
        table.setdefault(code.strip(), (category, mode))
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The PLOVER (category, mode) of a CAMEO code (its longest prefix in the table), with the mode
    kept only when PLOVER 0.8 lists it for the category."""
    for end in range(len(code), 2, -1):
        if code[:end] in table:
            category, mode = table[code[:end]]
            mode = MODE_ALIASES.get(mode or "", mode)
            return category, mode if mode in MODES.get(category, ()) else None
    return None


def _code(text: str) -> str | None:
    """The subject-direction code of ``[a]``/``[a:b]`` (None for ``[---]``, ``[]``, ``[:b]``)."""
    match = _CODE.search(text)
    if not match:
        return None
    first = match.group(1).split(":")[0].strip()
    return first if first.isdigit() else None


def _pattern_words(tokens: list[str]) -> tuple[str, ...] | None:
    """The plain words after ``*`` in a pattern, or None when the pattern is not a simple phrase."""
    if not tokens or tokens[0] != "*":
        return None  # a subject before the verb ("- &MILITARY * EXERCISES")
    words: list[str] = []
    for token in tokens[1:]:
        for part in token.strip("(){}").split():
            part = part.strip("(){}")
            if part in ("$", "^", "%", ""):
                continue
            if not _WORD.fullmatch(part) or part in NOT_CONTENT:
                return None  # a synonym set (&WEAPON), a stem ("PENALT_"), a pronoun or a conjunction
            words.append(part)
    return tuple(words) if 1 <= len(words) <= 2 else None


def parse_verbs(text: str) -> list[Coded]:
    """Every coded verb and simple pattern of a PETRARCH CAMEO verb dictionary, in file order."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if "VERB PATTERNS" in line), -1) + 1
    coded: list[Coded] = []
    block_code: str | None = None
    block_name = ""
    block_verbs: dict[str, tuple[str, ...]] = {}
    first_verb: tuple[str, ...] | None = None
    for raw in lines[start:]:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("---"):
            block_code = _code(line)
            block_name = line.strip("- ").split()[0] if line.strip("- ") else ""
            block_verbs, first_verb = {}, None
            continue
        body, _, comment = line.partition("#")
        if line.startswith("-"):
            code = _code(body)
            words = _pattern_words(_CODE.sub(" ", body)[1:].split())
            name = comment.split()[0].upper() if comment.split() else ""
            verb = block_verbs.get(name, first_verb)
            if code and words and verb:
                coded.append(Coded(verb, words, code))
            continue
        head = re.sub(r"\{[^}]*\}", " ", body)  # irregular forms
        name = head.split()[0] if head.split() else ""
        verb = tuple(w for w in name.lstrip("+").split("_") if w)
        if not verb or not all(_WORD.fullmatch(w) for w in verb):
            continue
        block_verbs[name.lstrip("+")] = verb
        first_verb = first_verb or verb
        own = bool(_CODE.search(head))
        code = _code(head) if own else block_code
        if code:
            coded.append(Coded(verb, (), code, inherited=not own and name.lstrip("+") != block_name))
    return coded


@dataclass
class Candidate:
    """A lemma key with its PLOVER categories (→ mode counts) and CAMEO codes."""

    modes: dict[str, Counter[str | None]]
    codes: set[str]


def candidates(
    coded: Iterable[Coded],
    table: dict[str, tuple[str, str | None]],
    lemma: Callable[[tuple[str, ...]], tuple[str, ...]] = lambda ws: tuple(w.lower() for w in ws),
) -> dict[tuple[str, ...], Candidate]:
    """Lemma key (verb words + pattern words lemmatised by `lemma`) → its PLOVER categories."""
    out: dict[tuple[str, ...], Candidate] = {}
    for item in coded:
        plover = plover_of(item.code, table)
        if plover is None or item.inherited:
            continue
        key = tuple(w.lower() for w in item.verb) + (lemma(item.pattern) if item.pattern else ())
        entry = out.setdefault(key, Candidate(defaultdict(Counter), set()))
        entry.modes[plover[0]][plover[1]] += 1
        entry.codes.add(item.code)
    return out


def best_mode(counts: Counter[str | None]) -> str | None:
    """The most frequent mode among a lemma's codes in one category (None when no mode leads)."""
    ranked = counts.most_common()
    if ranked[0][0] is None or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@dataclass(frozen=True)
class HandLexicon:
    """What the filters need from the hand-written ``en.yaml``."""

    keys: frozenset[tuple[str, ...]]  # verb entries' words
    verbs: frozenset[str]  # the head verbs of its verb entries
    carriers: frozenset[str]  # light, occurrence and host verbs


def hand_lexicon(data: dict) -> HandLexicon:
    keys = {
        tuple(str(item).split("|")[0].lower().split())
        for by_pos in (data.get("triggers") or {}).values()
        for item in by_pos.get("verb") or []
    }
    carriers = {
        str(w).lower() for k in ("light_verbs", "occurrence_verbs", "host_verbs") for w in data.get(k) or []
    }
    return HandLexicon(frozenset(keys), frozenset(k[0] for k in keys if k), frozenset(carriers))


def select(
    found: dict[tuple[str, ...], Candidate],
    hand: HandLexicon,
    is_verb: Callable[[str], bool] = lambda word: True,
) -> dict[tuple[str, ...], dict[str, str | None]]:
    """The kept entries (filters 3, 4, 5, 6 of the module doc): lemma key → {category: mode}."""
    kept: dict[tuple[str, ...], dict[str, str | None]] = {}
    for key, entry in sorted(found.items()):
        if len(entry.modes) > 2 or key in hand.keys:
            continue
        head = key[0]
        if not is_verb(head) or head in MODALITY:
            continue
        if len(key) == 1 and (head in GENERIC or head in hand.carriers):
            continue
        if len(key) > 1 and (head in hand.carriers or head in hand.verbs):
            continue
        kept[key] = {category: best_mode(modes) for category, modes in sorted(entry.modes.items())}
    for key in [k for k in kept if len(k) > 1]:
        if kept.get(key[:1]) == kept[key]:
            del kept[key]  # a phrase that says no more than its head verb
    return kept


def render(entries: dict[tuple[str, ...], dict[str, str | None]], header: str) -> str:
    """The YAML text: ``triggers: CATEGORY: verb: ["lemma|mode", …]`` under a provenance header."""
    by_category: dict[str, list[str]] = defaultdict(list)
    for key, types in entries.items():
        for category, mode in types.items():
            by_category[category].append(" ".join(key) + (f"|{mode}" if mode else ""))
    lines = [header.rstrip("\n"), "language: en", "triggers:"]
    for category in sorted(by_category):
        lines += [f"  {category}:", "    verb:"]
        lines += [f"    - {json.dumps(item, ensure_ascii=False)}" for item in sorted(by_category[category])]
    return "\n".join(lines) + "\n"


def header_text(petrarch_commit: str, plover_commit: str, counts: dict[str, int]) -> str:
    repo, path, licence = PETRARCH
    prepo, ppath, plicence = PLOVER
    return (
        "# GENERATED by scripts/build_triggers.py: do not edit by hand (edit the filters and re-run).\n"
        "# English verb triggers from public event-coding dictionaries; en.yaml (hand-written) wins on\n"
        "# conflicts: the loader ignores a lemma here that en.yaml lists under any category.\n"
        f"# Verbs and patterns: github.com/{repo} {path} @ {petrarch_commit}\n"
        f"#   ({licence}, Open Event Data Alliance)\n"
        f"# CAMEO→PLOVER categories and modes: github.com/{prepo} {ppath} @ {plover_commit}\n"
        f"#   ({plicence}, Open Event Data Alliance)\n"
        f"# Entries: {counts['entries']} lemmas ({counts['phrases']} verb+particle/object phrases) from "
        f"{counts['coded']} coded dictionary lines.\n"
    )


def spacy_lemmatiser() -> tuple[Callable[[tuple[str, ...]], tuple[str, ...]], Callable[[str], bool]]:
    """Noun-phrase lemmas and a base-form-verb check from en_core_web_sm (the coder's model)."""
    import spacy

    nlp = spacy.load(SPACY_MODELS["en"], disable=["ner", "parser"])
    verbs: dict[str, bool] = {}

    def lemma(words: tuple[str, ...]) -> tuple[str, ...]:
        doc = nlp(" ".join(w.lower() for w in words))
        return tuple(t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_ for t in doc)

    def is_verb(word: str) -> bool:
        if word not in verbs:
            token = nlp(f"They will {word} it.")[2]
            verbs[word] = token.pos_ == "VERB" and token.lemma_.lower() == word
        return verbs[word]

    return lemma, is_verb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("verbs", type=Path, help="PETRARCH2 CAMEO.2.0.txt")
    parser.add_argument("mapping", type=Path, help="PLOVER CAMEO2PLOVER-2021.txt")
    parser.add_argument("--petrarch-commit", default="unknown")
    parser.add_argument("--plover-commit", default="unknown")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    table = parse_mapping(args.mapping.read_text(encoding="utf-8"))
    coded = parse_verbs(args.verbs.read_text(encoding="utf-8", errors="replace"))
    lemma, is_verb = spacy_lemmatiser()
    hand = hand_lexicon(yaml.safe_load(HAND.read_text(encoding="utf-8")))
    kept = select(candidates(coded, table, lemma), hand, is_verb)
    counts = {"entries": len(kept), "phrases": sum(len(k) > 1 for k in kept), "coded": len(coded)}
    args.output.write_text(render(kept, header_text(args.petrarch_commit, args.plover_commit, counts)))
    print(f"{counts['entries']} entries ({counts['phrases']} phrases) → {args.output}")


if __name__ == "__main__":
    main()
