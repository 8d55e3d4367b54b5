"""Synthetic news-like reports (French and English) for load tests and benchmarks.

Reports are assembled from sentence templates written for this project, filled with
varied actors, places, dates and figures, so a corpus of any size can be generated at
test time without storing it. When the project's sample corpus (``examples/corpus``)
is present, `sample_paragraphs` reads its paragraphs so benchmarks can mix them in.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_FR = {
    "actor": [
        "le ministre des Affaires étrangères",
        "le président de la République",
        "l'armée",
        "la police",
        "le gouvernement",
        "les manifestants",
        "le Premier ministre",
        "l'ambassadeur",
        "le porte-parole du parti",
        "les forces de sécurité",
        "le syndicat des enseignants",
        "la mairie",
        "les rebelles",
        "le Parlement",
    ],
    "recipient": [
        "son homologue allemand",
        "les autorités locales",
        "une délégation de l'Union européenne",
        "les représentants de l'opposition",
        "le chef de la diplomatie italienne",
        "les Nations unies",
        "le gouverneur de la région",
        "les responsables du ministère de la Santé",
    ],
    "place": [
        "Paris",
        "Lyon",
        "Dakar",
        "Bamako",
        "Tunis",
        "Beyrouth",
        "Genève",
        "Bruxelles",
        "Abidjan",
        "Rabat",
        "Marseille",
        "Montréal",
        "Niamey",
        "Alger",
        "Kinshasa",
        "Bordeaux",
    ],
    "date": [
        "lundi",
        "mardi dernier",
        "ce jeudi 12 mars",
        "la semaine dernière",
        "le 3 février 2024",
        "dimanche soir",
        "il y a deux jours",
        "en janvier",
        "hier matin",
        "vendredi 7 juin",
    ],
    "source": [
        "selon l'agence de presse officielle",
        "d'après un communiqué du ministère",
        "a indiqué un témoin",
        "selon des sources sécuritaires",
        "a rapporté le quotidien local",
    ],
    "templates": [
        "{actor} a rencontré {recipient} à {place} {date} pour discuter de la coopération régionale.",
        "{date}, {actor} a annoncé de nouvelles mesures destinées à renforcer la sécurité à {place}.",
        "Des milliers de personnes ont manifesté à {place} {date} contre la hausse des prix, {source}.",
        "{actor} a accusé {recipient} de ne pas respecter les engagements pris lors du dernier sommet.",
        "Au moins {n} personnes ont été blessées lors d'affrontements à {place}, {source}.",
        "{actor} a signé un accord avec {recipient} portant sur l'énergie et les infrastructures.",
        "La visite officielle de {recipient} à {place} a été reportée {date} en raison de tensions.",
        "{actor} a appelé au calme après les violences survenues {date} dans la banlieue de {place}.",
        "Les discussions entre {actor} et {recipient} doivent reprendre à {place} d'ici la fin du mois.",
        "{source}, {actor} envisage de retirer {n} soldats déployés près de {place}.",
        "Le budget consacré à la reconstruction de {place} atteindra {n} millions d'euros, {source}.",
        "{actor} a condamné l'arrestation de {n} journalistes {date} à {place}.",
    ],
}

_EN = {
    "actor": [
        "the foreign minister",
        "the president",
        "the army",
        "police",
        "the government",
        "protesters",
        "the prime minister",
        "the ambassador",
        "a party spokesman",
        "security forces",
        "the teachers' union",
        "the city council",
        "rebel fighters",
        "parliament",
    ],
    "recipient": [
        "his German counterpart",
        "local authorities",
        "a European Union delegation",
        "opposition leaders",
        "the Italian foreign minister",
        "the United Nations",
        "the regional governor",
        "health ministry officials",
    ],
    "place": [
        "London",
        "Nairobi",
        "Manila",
        "Ottawa",
        "Cairo",
        "Kyiv",
        "Jakarta",
        "Lagos",
        "Karachi",
        "Lima",
        "Chicago",
        "Sydney",
        "Dhaka",
        "Accra",
        "Manchester",
        "Boston",
    ],
    "date": [
        "on Monday",
        "last Tuesday",
        "on Thursday, March 12",
        "last week",
        "on February 3, 2024",
        "on Sunday evening",
        "two days ago",
        "in January",
        "yesterday morning",
        "on Friday, June 7",
    ],
    "source": [
        "according to the state news agency",
        "a ministry statement said",
        "a witness said",
        "security sources said",
        "the local daily reported",
    ],
    "templates": [
        "{actor} met {recipient} in {place} {date} to discuss regional cooperation.",
        "{date}, {actor} announced new measures to tighten security in {place}.",
        "Thousands of people marched in {place} {date} against rising prices, {source}.",
        "{actor} accused {recipient} of breaking the commitments made at the last summit.",
        "At least {n} people were injured in clashes in {place}, {source}.",
        "{actor} signed an agreement with {recipient} on energy and infrastructure.",
        "The official visit of {recipient} to {place} was postponed {date} because of tensions.",
        "{actor} called for calm after violence broke out {date} on the outskirts of {place}.",
        "Talks between {actor} and {recipient} are due to resume in {place} by the end of the month.",
        "{source}, {actor} is considering withdrawing {n} troops deployed near {place}.",
        "Spending on the reconstruction of {place} will reach {n} million dollars, {source}.",
        "{actor} condemned the arrest of {n} journalists in {place} {date}.",
    ],
}

LEXICONS: dict[str, dict[str, list[str]]] = {"fr": _FR, "en": _EN}


@dataclass(frozen=True)
class SynthReport:
    language: str
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


_SLOTS = ("actor", "recipient", "place", "date", "source")


def _fill(template: str, slots: dict[str, str], n: int) -> str:
    sentence = template.format(n=n, **slots)
    return sentence[0].upper() + sentence[1:]


def _sentence(rng: random.Random, lexicon: dict[str, list[str]]) -> str:
    template = rng.choice(lexicon["templates"])
    return _fill(template, {key: rng.choice(lexicon[key]) for key in _SLOTS}, rng.randint(2, 900))


def every_template(language: str) -> str:
    """One paragraph using each template of `language` once (slot values in turn): a small text
    that exercises every kind of sentence the generator writes."""
    lexicon = LEXICONS[language]
    sentences = [
        _fill(template, {key: lexicon[key][i % len(lexicon[key])] for key in _SLOTS}, 10 + i)
        for i, template in enumerate(lexicon["templates"])
    ]
    return " ".join(sentences)


def synth_report(
    rng: random.Random,
    language: str,
    min_words: int = 300,
    max_words: int = 800,
    paragraphs: list[str] | None = None,
) -> SynthReport:
    """One report of `min_words`..`max_words` words, from sample `paragraphs` when given, else templates."""
    target = rng.randint(min_words, max_words)
    lexicon = LEXICONS[language]
    parts: list[str] = []
    words = 0
    while words < target:
        if paragraphs:
            paragraph = rng.choice(paragraphs)
        else:
            paragraph = " ".join(_sentence(rng, lexicon) for _ in range(rng.randint(2, 5)))
        parts.append(paragraph)
        words += len(paragraph.split())
    return SynthReport(language, "\n\n".join(parts))


def synth_corpus(
    n: int,
    seed: int = 0,
    min_words: int = 300,
    max_words: int = 800,
    samples: dict[str, list[str]] | None = None,
) -> Iterator[SynthReport]:
    """`n` reports, alternating French and English at random, reproducible from `seed`."""
    rng = random.Random(seed)
    for _ in range(n):
        language = rng.choice(sorted(LEXICONS))
        pool = (samples or {}).get(language)
        yield synth_report(rng, language, min_words, max_words, pool)


def sample_paragraphs(corpus_dir: Path) -> dict[str, list[str]]:
    """Paragraphs of the sample corpus by language (empty when the folder is absent)."""
    import py3langid

    pools: dict[str, list[str]] = {}
    if not corpus_dir.is_dir():
        return pools
    for path in sorted(corpus_dir.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        language = py3langid.classify(text)[0]
        if language in LEXICONS:
            paragraphs = (p.strip() for p in text.split("\n\n"))
            pools.setdefault(language, []).extend(p for p in paragraphs if len(p.split()) >= 20)
    return pools


def write_corpus(reports: Iterator[SynthReport], target: Path, as_jsonl: bool = False) -> int:
    """Write reports as numbered ``.txt`` files under `target`, or as one JSONL file; returns the count."""
    count = 0
    if as_jsonl:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8") as handle:
            for report in reports:
                record = {"text": report.text, "language": report.language}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        return count
    target.mkdir(parents=True, exist_ok=True)
    for count, report in enumerate(reports, start=1):
        (target / f"{count:06d}_{report.language}.txt").write_text(report.text, encoding="utf-8")
    return count
