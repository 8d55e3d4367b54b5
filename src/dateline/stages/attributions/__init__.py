"""The ``attributions`` stage: the reporting chain of a report (who says what, according to whom).

Three cues, in French and English, read on the spaCy dependency parse:

* a source preposition ("selon", "d'après", "according to", "as reported by") and its noun phrase;
* the subject of a reporting verb ("X a rapporté", "X reported", "a indiqué X" in an incise);
* inside either, "citant/citing/quoting Y" (Y is the speaker the source relays) and
  "publié par/rapportés par/by Z" (Z, the agent, is the source).

A source is named by the proper noun of its phrase, else by the phrase itself when its head is
a media, document or officials noun ("des médias publics syriens"); an anaphoric phrase
("ce rapport", "the website") refers back to the latest cited medium. Statements by a person
or officials get ``speaker == source``; media, organisations and documents are the *cited
sources*. A medium cited in the lead sentence, or a back-reference ("selon ce rapport"),
governs the whole report (``scope="document"``). Footer relays ("Via X") and photo credits
found by the clean stage are kept.

Modules: `sentences` gives each sentence's attributions from the cues `cues` finds (markers,
reporting verbs), whose phrases `phrases` reads, over the document's `reading` (verbs, markers,
mentions, gathered once); `lines` reads "Via X" lines and credits; the words are in `lexicon`
(``data/attributions/words.yaml``); `stage` is the stage. `cited_sources` and
`attribution_for_event` (`lookups`) are the look-ups events and the scorers use.
"""

from dateline.stages.attributions.lookups import attribution_for_event, cited_sources
from dateline.stages.attributions.stage import Attributions, make_attributions

__all__ = ["Attributions", "attribution_for_event", "cited_sources", "make_attributions"]
