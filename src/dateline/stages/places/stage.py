"""The ``places`` stage and its registry factory."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Entry
from dateline.kb.geo_resolver import Resolver, Toponym
from dateline.kb.user_gazetteer import UserGazetteer, UserPlace, read_user_gazetteer
from dateline.model import Document, PlaceDirection
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.places.doc_region import unit_kind
from dateline.stages.places.hierarchy import attach_parents
from dateline.stages.places.outlets import (
    RegionRefs,
    outlet_country,
    outlet_of,
    outlet_town,
    read_outlet_regions,
)
from dateline.stages.places.phones import phone_region
from dateline.stages.places.records import caption_places, places_from
from dateline.stages.places.toponyms import (
    Found,
    caption_toponyms,
    demonym_evidence,
    direction_before,
    find_toponyms,
    toponym_for,
    without_alternates_abroad,
)
from dateline.stages.places.user_names import user_mentions


class Places(BaseStage):
    name = "places"
    version = "33"
    requires = ("text", "url", "outlet", "captions", "analysis", "mentions")
    assigns = ("places",)

    def __init__(
        self,
        options: PlacesSettings,
        resources: Resources,
        regions: Mapping[str, RegionRefs] | None = None,
    ) -> None:
        """`regions` (outlet → its learned region) defaults to the ``outlet_regions`` file of `options`;
        the ``user_gazetteer`` file is read (and checked) here, added to the gazetteer on first use."""
        self.options = options
        self.resources = resources
        self._resolver: Resolver | None = None
        if regions is None and options.outlet_regions is not None:
            regions = read_outlet_regions(options.outlet_regions)
        self.regions = dict(regions or {})
        self.user_places: list[UserPlace] = (
            read_user_gazetteer(options.user_gazetteer) if options.user_gazetteer else []
        )

    @property
    def resolver(self) -> Resolver:
        """The gazetteer resolver (the gazetteer loads on first use, with the user's places)."""
        if self._resolver is None:
            gazetteer = self.resources.gazetteer
            if self.user_places:
                gazetteer = UserGazetteer(gazetteer, self.user_places)
            self._resolver = Resolver(gazetteer)
        return self._resolver

    def __call__(self, doc: Document) -> Document:
        return self.locate(doc, self.context_for(doc.url or doc.outlet, self.region_for(outlet_of(doc))))

    @property
    def context(self) -> list[Entry]:
        """Places given by setting ``places.context`` (the corpus's region) as gazetteer records."""
        gaz = self.resolver.gazetteer
        found = [
            gaz.country(name)
            if len(name) == 2
            else max(gaz.candidates(name), key=lambda e: e.population, default=None)
            for name in self.options.context
        ]
        return [entry for entry in found if entry is not None]

    def region_for(self, outlet: str | None) -> list[Entry]:
        """The learned region of `outlet` (setting ``places.outlet_regions``) as gazetteer records."""
        gaz = self.resolver.gazetteer
        found = (gaz.record(name, geonames_id) for name, geonames_id in self.regions.get(outlet or "", ()))
        return [entry for entry in found if entry is not None]

    def unambiguous(self, doc: Document) -> list[Entry]:
        """The places of a placed document that are unambiguous on their own (`Resolver.anchors` of its
        place mentions, no context): one document's votes for its outlet's region (`outlet_regions`).
        A mention that is a demonym stands for its country (stored with option ``places_demonyms``)."""
        gaz = self.resolver.gazetteer
        found = (toponym_for(doc.text, span, gaz, demonyms=True) for p in doc.places for span in p.mentions)
        return list(self.resolver.anchors([t for t in found if t is not None]).values())

    def context_for(self, address: str | None, region: Iterable[Entry] = ()) -> list[Entry]:
        """The outside context of a document from the outlet at `address`: option ``places_context``,
        `region` (places the outlet's documents often name) and the outlet's country (`outlet_country`)."""
        context = {e.index: e for e in [*self.context, *region]}
        iso2 = outlet_country(address) if self.options.outlet_country else None
        home = self.resolver.gazetteer.country(iso2) if iso2 else None
        if home is not None:
            context.setdefault(home.index, home)
        return list(context.values())

    def with_home(
        self, address: str | None, toponyms: Sequence[Toponym], context: list[Entry], text: str = ""
    ) -> list[Entry]:
        """`context`, the state or province the phone numbers of the document's `text` belong to
        (`phone_region`: "call 519-661-5670" in a report naming only London), and the town the outlet at
        `address` is named after (`outlet_town`: "theparisnews.com"), the one of that name the document's
        `toponyms` and `context` point to: a local outlet's documents mostly report from around its town
        ("Dublin" in a Columbus paper is Dublin, Ohio). Unchanged when the text gives no such number and the
        name no town of the outlet's country, or with option ``outlet_country`` off."""
        if not self.options.outlet_country:
            return context
        iso2 = outlet_country(address)
        phone_home = phone_region(text, self.resolver.gazetteer)
        if phone_home is not None and iso2 in (None, phone_home.country):
            context = [*context, phone_home]
        name = outlet_town(address, self.resolver.gazetteer)
        if name is None:
            return context
        home = self.resolver.resolve([*toponyms, Toponym(name, hint="town")], context)[-1]
        if home is None or home.entry.feature_class != "P" or (iso2 and home.entry.country != iso2):
            return context
        return [*context, home.entry]

    def toponyms(self, doc: Document) -> list[Found]:
        """The toponym mentions of `doc` (with the user's places whatever the NER called them), each with
        the parent it is named with (`hierarchy`), less small towns abroad reached by another spelling."""
        gaz = self.resolver.gazetteer
        found = find_toponyms(doc, gaz, self.options)
        if isinstance(gaz, UserGazetteer):
            found = sorted([*found, *user_mentions(doc, gaz, found)], key=lambda f: f.span.start)
        found = attach_parents(doc, found, self.options.common_word_zipf, functools.partial(unit_kind, gaz))
        return without_alternates_abroad(doc.text, found, gaz, self.options.mislabel_min_population)

    def locate(
        self,
        doc: Document,
        context: Iterable[Entry] = (),
        found: list[Found] | None = None,
        address: str | None = None,
    ) -> Document:
        """Assign ``doc.places``, resolving in the light of `context` (places known from outside the text)
        and of the town the outlet at `address` (default: the document's) is named after (`with_home`)."""
        found = self.toponyms(doc) if found is None else found
        gaz = self.resolver.gazetteer
        captioned = [
            (n, toponym)
            for n, caption in enumerate(doc.captions)
            if caption.related
            for toponym in caption_toponyms(caption.text, gaz, self.options)
        ]
        toponyms = [f.toponym for f in found] + [t for _, t in captioned]
        context = self.with_home(address or doc.url or doc.outlet, toponyms, list(context), doc.text)
        evidence = [] if self.options.demonyms else demonym_evidence(doc, gaz, found)
        resolutions = self.resolver.resolve(toponyms + evidence, context)[: len(toponyms)]
        doc.places = places_from(found, resolutions[: len(found)], self.producer, doc.text)
        doc.places += caption_places(doc.places, captioned, resolutions[len(found) :], self.producer)
        for place in doc.places:
            place.directions = [
                PlaceDirection(direction=direction, span=span)
                for span in place.mentions
                if (direction := direction_before(doc.text, span.start))
            ]
        return doc


@registry.register("places", settings=PlacesSettings)
def make_places(settings: PlacesSettings, resources: Resources) -> Places:
    return Places(settings, resources)
