"""An outlet and its home: the outlet a document belongs to, its country from its web address, and the
regions ``dateline outlets`` learns per outlet (the outlet-regions file)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from dateline.kb.gazetteer import Entry
from dateline.model import Document

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
