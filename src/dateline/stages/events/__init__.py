"""The ``events`` stage: PLOVER 0.8 events from the analysed document (see ``docs/events.md``).

Triggers from the per-language lexicon, arguments from the dependency tree mapped to resolved
actors, the category arbitrated by a sentence classifier where the lexicon is ambiguous, then mode,
contexts, auxiliary, place, time and attribution. Setting ``events.encoder`` picks the classifier's
encoder (``use``, default, or ``e5``); ``none`` codes from the lexicon alone.

Modules: `stage` is the stage; `coder` runs the passes of `passes` (trigger → roles → actors →
classify → category → selection → setting → modes → localise → confidence → assemble → calibrate),
each filling fields of one `candidate.Candidate` per trigger. The passes call the leaf modules:
`triggers` matches the entries of `lexicon` (``data/triggers/<lang>.yaml``), `arguments` reads roles
off the dependency tree, `resolution` maps argument tokens to actors (`references`: what an argument
naming no actor stands for), `classifier` (fed by `features`) and `categories` choose the category,
`rules` hold PLOVER's parse rules, `auxiliary` and `contexts` qualify the event, `dedup` merges
duplicates, `calibration` is the confidence model, `adapters` the one reach into the other stages,
`words` the rules' word lists (``data/events/words.yaml``); `encoders` caches embeddings for training
and evaluation.
"""

from dateline.stages.events.coder import EventCoder
from dateline.stages.events.stage import Events, make_coder, make_events

__all__ = ["EventCoder", "Events", "make_coder", "make_events"]
