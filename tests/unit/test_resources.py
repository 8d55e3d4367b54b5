"""Resources are built from the configuration and reach every stage that needs them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.config import ClockSettings, Config, KBSettings
from dateline.pipeline import registry
from dateline.resources import Resources
from dateline.testing import FixedClock, HashingEncoder, fake_kb, fake_resources

EXTRA_KB = """
- id: anna-lindqvist
  name: Anna Lindqvist
  kind: person
  country: SWE
  roles:
    - {title: foreign minister, country: SWE, sector: GOV, start: "2031-01-01"}
"""


def test_a_kb_file_reaches_every_stage_that_resolves_actors_or_tenures(tmp_path: Path) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(EXTRA_KB, encoding="utf-8")
    config = Config(kb=KBSettings(files=(path,)))
    resources = Resources(config)
    actors = registry.create("actors", config, resources)
    times = registry.create("times", config, resources)
    assert actors.kb is resources.kb and times.kb is resources.kb  # type: ignore[attr-defined]
    entry = resources.kb.get("anna-lindqvist")
    assert entry is not None and entry.roles[0].start == "2031-01-01"
    assert Resources(Config()).kb.get("anna-lindqvist") is None


def test_the_configured_day_is_the_clock() -> None:
    assert Resources(Config(clock=ClockSettings(today=date(2030, 2, 3)))).clock.today() == date(2030, 2, 3)
    assert Resources(Config()).clock.today() == date.today()


def test_fakes_stand_in_for_the_kb_encoder_and_clock() -> None:
    kb = fake_kb([{"id": "x", "name": "Xland", "kind": "country", "country": "XXX"}])
    resources = fake_resources(kb=kb, clock=FixedClock(date(2020, 1, 1)))
    assert resources.kb is kb and resources.clock.today() == date(2020, 1, 1)
    vectors = resources.encoder("use")(["the army shelled the town", "the army shelled the city", "rain"])
    assert vectors.shape == (3, HashingEncoder().dim)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_shared_resources_are_one_per_resource_configuration_and_share_the_models() -> None:
    first = Resources.shared(Config(stages=("clean",)))
    assert Resources.shared(Config(stages=("clean", "language"))) is first  # stages are not a resource
    other = Resources.shared(Config(clock=ClockSettings(today=date(2001, 1, 1))))
    assert other is not first and other.models is first.models
