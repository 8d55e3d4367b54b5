"""Built-in per-document stages; importing this package registers them."""

from dateline.stages import actors, analyse, clean, events, language, places, times

__all__ = ["actors", "analyse", "clean", "events", "language", "places", "times"]
