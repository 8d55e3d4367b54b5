"""An outlet and its home: the outlet a document belongs to, its country from its web address, and the
regions ``dateline outlets`` learns per outlet (the outlet-regions file)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from dateline.kb.gazetteer import Entry, Gazetteer
from dateline.model import Document
from dateline.stages.places.lexicon import word_lists

#: Country-code top-level domains sold as generic names (".io", ".tv"): they say nothing of an outlet's home.
_GENERIC_TLDS = frozenset({"ai", "am", "cc", "co", "fm", "gg", "io", "ly", "me", "nu", "to", "tv", "ws"})
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([^/:?#\s]+)", re.I)


#: Places of an outlet's region as an outlet-regions file names them: (name, GeoNames id).
RegionRefs = Sequence[tuple[str, int | None]]


def _host(address: str | None) -> str:
    match = _HOST.match((address or "").strip())
    return match.group(1).lower().rstrip(".") if match else ""


def outlet_country(address: str | None) -> str | None:
    """The ISO-2 country of an outlet's web address from its country-code domain ("www.cbc.ca" → "CA",
    "https://www.bbc.co.uk/news" → "GB"); None for generic domains (".com", ".org", ".io")."""
    host = _host(address)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_TLDS:
        return None
    return "GB" if tld == "uk" else tld.upper()


#: Labels of a web address that are no outlet's name (second-level domains of country codes, "www").
_NO_NAME = frozenset({"www", "com", "net", "org", "co", "gov", "edu", "ac", "info", "news"})
#: Shortest town name an outlet's web name is read for ("theparisnews" → Paris, not "Pari…" nor "Ely").
_TOWN_MIN = 5


def outlet_town(address: str | None, gazetteer: Gazetteer) -> str | None:
    """The town a local outlet is named after, from its web address: a label made of an optional prefix, a
    town's main name and only outlet words (`outlet_words`: "theparisnews.com" → "paris",
    "columbuslocalnews.com" → "columbus", "chronicle.augusta.com" → "augusta"). None when no label is so
    made, or the name is also an admin-1 unit's ("washingtonpost.com"), or the outlet's country-code domain
    holds no town of that name. A town named like a country is one ("jordannews.com": Jordan, Minnesota)."""
    words = word_lists()
    host = _host(address)
    iso2 = outlet_country(address)
    labels = [label.replace("-", "") for label in host.split(".")[:-1] if label not in _NO_NAME]
    for label in labels:
        for prefix in ("", *words.outlet_prefixes):
            if label.startswith(prefix) and (name := _town_head(label[len(prefix) :], gazetteer, iso2)):
                return name
    return None


def _town_head(label: str, gazetteer: Gazetteer, iso2: str | None) -> str | None:
    """The longest town name `label` starts with, the rest of it outlet words (`outlet_town`)."""
    words = word_lists().outlet_words
    for end in range(len(label), _TOWN_MIN - 1, -1):
        name, rest = label[:end], label[end:]
        if name in words or not _outlet_words(rest, words):
            continue
        found = gazetteer.lookup(name)
        if any(e.feature_code == "ADM1" for e, _ in found):
            return None
        if any(main and e.feature_class == "P" and (iso2 is None or e.country == iso2) for e, main in found):
            return name
    return None


def _outlet_words(rest: str, words: frozenset[str]) -> bool:
    """`rest` is outlet words written together ("localnews"), or nothing."""
    return not rest or any(rest.startswith(w) and _outlet_words(rest[len(w) :], words) for w in words)


def outlet_of(doc: Document) -> str | None:
    """The outlet a document belongs to: its ``outlet``, else its address's host ("www." dropped)."""
    outlet = (doc.outlet or "").strip()
    return outlet or _host(doc.url).removeprefix("www.") or None


def write_outlet_regions(regions: Mapping[str, Sequence[Entry]], path: Path) -> None:
    """Save learned regions as JSON, ``{outlet: [{"name", "geonames_id"}, …]}`` (outlets with one only)."""
    data = {
        outlet: [{"name": e.name, "geonames_id": e.geonames_id} for e in entries]
        for outlet, entries in regions.items()
        if entries
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_outlet_regions(path: str | Path) -> dict[str, RegionRefs]:
    """An outlet-regions file (`write_outlet_regions`); ValueError when it is not one."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    try:
        return {str(o): [(str(p["name"]), p.get("geonames_id")) for p in refs] for o, refs in data.items()}
    except (AttributeError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not an outlet-regions file ({exc!r})") from None
