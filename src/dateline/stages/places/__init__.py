"""The ``places`` stage: toponyms → GeoNames places, and `locate_event` for the event coder.

`toponyms` finds the toponym mentions, reading the words around them from `lexicon`
(``data/places/words.yaml``); `dateline.kb.geo_resolver` ranks their gazetteer candidates in document
context, then the outlet's country (its address's country-code domain), optionally the corpus's region
and the outlet's region learned by ``dateline outlets`` (option ``places_outlet_regions``), all weaker
than the text's own places (`outlets`); `records` makes every distinct record one `Place` with all its
mention spans. Places named only in a related photo caption (which `clean` keeps out of the text) are
kept too, without mentions, pointing at their caption. `stage` is the stage; `locate` picks an event's
place for the events coder.
"""

from dateline.stages.places.locate import base, locate_event
from dateline.stages.places.outlets import (
    RegionRefs,
    outlet_country,
    outlet_of,
    read_outlet_regions,
    write_outlet_regions,
)
from dateline.stages.places.records import places_from
from dateline.stages.places.stage import Places, make_places
from dateline.stages.places.toponyms import Found, clean_surface, direction_before, toponym_for

__all__ = [
    "Found", "Places", "RegionRefs", "base", "clean_surface", "direction_before", "locate_event",
    "make_places", "outlet_country", "outlet_of", "places_from", "read_outlet_regions", "toponym_for",
    "write_outlet_regions",
]  # fmt: skip
