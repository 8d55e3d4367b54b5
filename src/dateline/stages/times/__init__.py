"""The ``times`` stage: time expressions → intervals relative to the publication date.

Per document it finds the French and English time expressions ("hier", "jeudi dernier", "il y a
trois jours", "fin septembre 2015", "in recent weeks"…), takes the declared publication date or
infers one (a dateline, a related caption, officeholders' tenures, the latest date mentioned), and
resolves every expression against that interval; without one an expression keeps
``relative_days``.

Modules: `detect` finds expressions with regular patterns built from the words of `lexicon`
(``data/times/calendar.yaml``, ``cues.yaml``), each with the `rules` rule that resolves it; `dates`
reads the spaCy ``DATE`` entities the patterns miss with ``dateparser``; `published` gives the
publication date, with `tenure` for officeholders' terms; `resolve` makes the `TimeExpr`s, `stage`
is the stage. `time_for_event` (`event_time`) picks the time of an event for the events coder.
"""

from dateline.stages.times.event_time import time_for_event
from dateline.stages.times.stage import Times, make_times

__all__ = ["Times", "make_times", "time_for_event"]
