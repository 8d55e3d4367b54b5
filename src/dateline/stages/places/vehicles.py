"""Vehicle makes named like places (session 21): "a 1992 Toyota", "their red 1991 Honda", "a Pontiac
pickup" name a car, not Toyota (Aichi), Honda (Colombia) or Pontiac (Michigan).

A make (`vehicle_makes`) is a vehicle throughout a document once one of its mentions is: after a model year
or a colour word (`vehicle_colours`), before a vehicle noun (`vehicle_nouns`, maybe after a model's name:
"Honda Accord sedan"), or tagged as an organisation or a product by the NER ("Toyota recalled…").
"""

from __future__ import annotations

import re

from dateline.data import word_trie
from dateline.model import Document
from dateline.stages.places.lexicon import word_lists

_WORDS = word_lists()
_MAKES = re.compile(rf"(?<![\w-])(?:{word_trie(_WORDS.vehicle_makes)})(?![\w-])")
_BEFORE = re.compile(rf"(?:(?<!\d)(?:19|20)\d\d|\b(?:{word_trie(_WORDS.vehicle_colours)}))[ \t]+$", re.I)
_AFTER = re.compile(rf"^(?:[ \t]+[A-Z][\w-]*){{0,2}}[ \t]+(?:{word_trie(_WORDS.vehicle_nouns)})\b", re.I)
#: NER labels that make a make's mention a company's or a product's name.
_COMPANY_LABELS = frozenset({"ORG", "PRODUCT"})


def vehicle_names(doc: Document) -> frozenset[str]:
    """The vehicle makes `doc` names as vehicles or their makers (one framed or labelled mention will do)."""
    text = doc.text or ""
    found: set[str] = set()
    for match in _MAKES.finditer(text):
        start, end = match.span()
        if _BEFORE.search(text[max(0, start - 20) : start]) or _AFTER.match(text[end : end + 40]):
            found.add(match.group())
    found |= {m.text for m in doc.mentions if m.label in _COMPANY_LABELS and _MAKES.fullmatch(m.text)}
    return frozenset(found)
