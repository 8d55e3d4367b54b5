"""Built-in per-document stages; importing this package registers them."""

from dateline.stages import actors, analyse, attributions, clean, events, language, places, times

__all__ = ["actors", "analyse", "attributions", "clean", "events", "language", "places", "times"]
