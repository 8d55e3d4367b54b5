"""Calibrate pass, the last: each event's confidence becomes the calibrated probability of its
features (`calibration.Calibration`)."""

from __future__ import annotations

from dateline.stages.events.calibration import Calibration
from dateline.stages.events.candidate import Coding


def calibrate(
    coding: Coding,
    calibration: Calibration | None = None,
    features: dict[str, dict[str, float]] | None = None,
) -> None:
    """Rewrites the confidence of `coding.events` (unchanged without a `calibration`) and, when
    `features` is a dict, records there every event's calibration inputs by event id. A merged event
    keeps its first mention's features, with the higher raw score of the two."""
    source = {id(c.event): c for c in coding.candidates if c.event is not None}
    for event in coding.events:
        values = {**source[id(event)].features, "raw_confidence": event.confidence}
        if features is not None:
            features[event.id] = values
        if calibration is not None:
            event.confidence = calibration.probability(values)
