"""The typed configuration: layers, precedence, unknown keys, and its generated reference."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.config import Config, ConfigError, load_config, parse_assignments, render_docs, to_toml

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "dateline.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_layer() -> None:
    config = load_config(environ={})
    assert config == Config()
    assert config.stages[0] == "clean" and config.places.scan and config.events.encoder == "use"


def test_file_then_environment_then_flags_win_in_that_order(tmp_path: Path) -> None:
    path = write(tmp_path, 'stages = ["clean", "language"]\n[places]\nscan = false\nmin_population = 1\n')
    with pytest.raises(ConfigError, match=r"unknown setting 'places.min_population'.*did you mean"):
        load_config(path, environ={})
    path = write(tmp_path, '[places]\nscan = false\ncontext = ["SY"]\n[clock]\ntoday = 2024-06-01\n')
    config = load_config(path, environ={"DATELINE_PLACES__CONTEXT": "LB, IQ", "DATELINE_DB": "x.db"})
    assert (config.places.scan, config.places.context, config.clock.today) == (
        False,
        ("LB", "IQ"),
        date(2024, 6, 1),
    )
    flags = parse_assignments(["places.scan=true", "events.encoder=none"])
    config = load_config(path, environ={"DATELINE_PLACES__SCAN": "false"}, overrides=flags)
    assert config.places.scan and config.events.encoder == "none"


def test_unknown_keys_are_errors_with_a_hint_at_every_layer(tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"unknown setting 'clean.max_char' in .*did you mean 'clean.max_chars'"
    ):
        load_config(write(tmp_path, "[clean]\nmax_char = 10\n"), environ={})
    with pytest.raises(ConfigError, match=r"unknown setting 'place' .*did you mean 'places'"):
        load_config(write(tmp_path, "[place]\nscan = true\n"), environ={})
    with pytest.raises(ConfigError, match=r"'places.scna' in the environment.*'places.scan'"):
        load_config(environ={"DATELINE_PLACES__SCNA": "1"})
    with pytest.raises(ConfigError, match=r"'analyse.batchsize' in --set.*'analyse.batch_size'"):
        parse_assignments(["analyse.batchsize=3"])
    with pytest.raises(ConfigError, match=r"expected section\.key=value"):
        parse_assignments(["analyse.batch_size"])


def test_ill_typed_values_name_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"setting 'analyse.batch_size'"):
        load_config(environ={"DATELINE_ANALYSE__BATCH_SIZE": "many"})
    with pytest.raises(ConfigError, match=r"setting 'events.encoder'"):
        load_config(overrides=parse_assignments(["events.encoder=bert"]), environ={})
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[clean\n"), environ={})


def test_the_settings_in_effect_read_back_as_the_same_config(tmp_path: Path) -> None:
    config = load_config(
        overrides=parse_assignments(['places.context=["SY", "LB"]', "clean.max_chars=99"]), environ={}
    )
    assert load_config(write(tmp_path, to_toml(config)), environ={}) == config


def test_the_reference_documents_every_setting_and_is_up_to_date() -> None:
    reference = render_docs()
    for section, info in Config.model_fields.items():
        assert info.description or info.annotation is not None
        model = info.annotation
        for name, field in getattr(model, "model_fields", {}).items():
            assert field.description, f"{section}.{name} has no help"
            assert f"`{section}.{name}`" in reference
    written = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert written == reference, (
        "docs/configuration.md is stale: run `dateline config docs > docs/configuration.md`"
    )
