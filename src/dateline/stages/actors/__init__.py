"""The ``actors`` stage: mentions → actors resolved against the actor KB.

It reads the spaCy analysis and finds, per document:

- KB names over the tokens (longest match, NER or not): countries, organisations, persons, media;
- country markers (demonyms, country names, capitals) on a noun: a role noun gives a generic
  actor with a sector ("les officiers de l'armée russe" → RUS MIL), a place noun gives none
  ("la ville syrienne"), another noun gives the country ("l'intervention russe" → RUS);
- capitals as metonyms for the government ("Moscou a demandé" → RUS GOV), not after a locative
  preposition ("à Dakar", "near Moscow") unless the head takes an addressee ("son soutien à
  Damas"), and country names likewise ("en Syrie" is a place);
- named persons with a title in apposition ("le président syrien X", "X, ancien chef du
  renseignement d'Israël"); other mentions of that title join the person only when they name one
  holder ("le président russe", not "un président russe"); a title alone links to the
  officeholder at the publication date;
- light coreference: subject pronouns and definite descriptions ("le quotidien", "the group")
  join the most recent compatible actor of the same paragraph.

Mentions are grouped into one actor per KB entity, per generic country + sector and per unknown
name; spans never start or end on white space or punctuation nor cross a line break.

Modules: `resolver` runs the passes over one document's shared state — `names` (KB and unknown
names), `markers` (demonyms, capitals), `titles` (titles, officeholders), `coreference` (pronouns,
definite descriptions, collectives) — which build mentions with `mentions` and read the parse with
`syntax`, role nouns with `roles` and words from `lexicon` (``data/actors/words.yaml``); `grouping`
makes the actors, `stage` is the stage. `actor_mentions` and `actors_at` (`lookups`) are the
per-mention lookups later stages (events) use.
"""

from dateline.stages.actors.grouping import group_actors
from dateline.stages.actors.lookups import ActorMention, actor_mentions, actors_at
from dateline.stages.actors.stage import Actors, make_actors

__all__ = ["ActorMention", "Actors", "actor_mentions", "actors_at", "group_actors", "make_actors"]
