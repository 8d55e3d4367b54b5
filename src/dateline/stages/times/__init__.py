"""The ``times`` stage (`stage`) and its machinery: lexicon, rules, detection, publication date."""

from dateline.stages.times.stage import Times, make_times, time_for_event

__all__ = ["Times", "make_times", "time_for_event"]
