"""Abbreviations matched as written, case and full stops kept (``written_abbreviations.csv``).

Folded, "L.A." reads "la" like Louisiana's AP "La.", and "Que.", "Man.", "Alta." read as common words, so the
folded index cannot hold them: `written_target` names the record such a form stands for.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dateline.kb.gazetteer.entry import Entry
from dateline.kb.gazetteer.sources import DATA_DIR, csv_rows

WRITTEN_FILE = DATA_DIR / "written_abbreviations.csv"
_SPACE_AFTER_DOT = re.compile(r"\.\s+")


@dataclass(frozen=True)
class Written:
    """The record a written abbreviation stands for: its country, admin-1 unit, main name and feature."""

    country: str
    admin1: str
    name: str
    feature: str  # "P" (a town) or a feature code ("ADM1")

    def matches(self, entry: Entry) -> bool:
        kind = entry.feature_class if self.feature == "P" else entry.feature_code
        return (entry.country, entry.admin1, kind) == (self.country, self.admin1, self.feature)


@functools.cache
def _forms() -> dict[str, Written]:
    return {
        row["form"]: Written(row["country"], row["admin1"], row["name"], row["feature"])
        for row in csv_rows(WRITTEN_FILE)
    }


def written_target(name: str) -> Written | None:
    """What `name` stands for when written as a listed abbreviation ("L.A.", "L. A.", "Que."); else None."""
    if "." not in name:
        return None
    return _forms().get(_SPACE_AFTER_DOT.sub(".", name.strip()))
