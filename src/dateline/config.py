"""One typed configuration for the pipeline and its resources.

`Config` has a section per stage that takes settings and one per shared resource. It is built from,
in increasing precedence: the defaults below, a TOML file (``--config``), environment variables
(``DATELINE_<SECTION>__<KEY>``, and ``DATELINE_STAGES``) and CLI flags (``--set section.key=value`` and
the dedicated flags such as ``--kb``). An unknown key at any layer is a `ConfigError` that names it,
with a "did you mean" hint. ``docs/configuration.md`` is generated from these models (`render_docs`).
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
import types
import typing
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

#: The built-in stages, in their default order.
DEFAULT_STAGES: tuple[str, ...] = (
    "clean",
    "language",
    "analyse",
    "actors",
    "places",
    "times",
    "attributions",
    "events",
)
ENV_PREFIX = "DATELINE_"


class ConfigError(ValueError):
    """A setting that does not exist or does not fit its type."""


class Section(BaseModel):
    """A group of settings; unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class NoSettings(Section):
    """The settings of a stage that takes none."""


class KBSettings(Section):
    """The actor knowledge base."""

    files: tuple[Path, ...] = Field(
        default=(),
        description="Extra actor KB files (JSON or YAML) merged over the packaged KB; every stage that "
        "resolves actors or dates tenures reads them.",
    )


class GazetteerSettings(Section):
    """The GeoNames gazetteer."""

    min_population: int = Field(
        default=500, ge=0, description="Populated places smaller than this are left out of the gazetteer."
    )


class ClockSettings(Section):
    """What "today" is."""

    today: date | None = Field(
        default=None,
        description="The date taken as today when a report gives no date (default: the system date).",
    )


class CleanSettings(Section):
    """The ``clean`` stage."""

    max_chars: int = Field(
        default=2_000_000,
        gt=0,
        description="Bodies longer than this are cut at the last line break before it.",
    )


class AnalyseSettings(Section):
    """The ``analyse`` stage."""

    batch_size: int = Field(default=16, gt=0, description="Documents per spaCy `nlp.pipe` batch.")


class PlacesSettings(Section):
    """The ``places`` stage."""

    demonyms: bool = Field(default=False, description='Read demonyms ("syrien", "Syrian") as their country.')
    scan: bool = Field(
        default=True,
        description="Also scan the text for gazetteer names that the named-entity tagger missed.",
    )
    scan_min_population: int = Field(
        default=100_000, ge=0, description="Smallest population of a place the scan accepts."
    )
    mislabel_min_population: int = Field(
        default=10_000,
        ge=0,
        description="Smallest population of a place accepted from an entity tagged as a person or group.",
    )
    context: tuple[str, ...] = Field(
        default=(),
        description="The corpus's region: place names or ISO-2 codes that weigh on ambiguous toponyms.",
    )
    outlet_country: bool = Field(
        default=True,
        description="Use the country of the outlet's web address, and the town its name starts with, as weak "
        "context.",
    )
    outlet_regions: Path | None = Field(
        default=None,
        description="An outlet-regions file (`dateline outlets --write`): each outlet's region as context.",
    )
    common_word_zipf: float = Field(
        default=4.5,
        ge=0.0,
        description="Zipf frequency (English or French, `wordfreq`) from which a one-word name is a common "
        "word: a place only as a country, admin-1 unit or capital, or tagged as a place in a locative frame.",
    )
    common_city_min_population: int = Field(
        default=200_000,
        ge=0,
        description="Smallest population of a city whose name, though a common word, is a place when the "
        'tagger labels it one outside a locative frame ("les policiers de Toulouse", "le CHU de Lille").',
    )
    frames: bool = Field(
        default=True,
        description='Also look up capitalised names in locative frames ("near X", "à X", "X countryside").',
    )
    user_gazetteer: Path | None = Field(
        default=None,
        description="A CSV of places GeoNames lacks (name, alternate_names, lat, lon, country, admin1, kind; "
        "docs/places.md), added to the gazetteer; they win ties with same-named GeoNames places.",
    )


class EventsSettings(Section):
    """The ``events`` stage."""

    encoder: Literal["use", "e5", "none"] = Field(
        default="use",
        description="Sentence encoder of the category classifier (`none`: the trigger lexicon alone).",
    )
    classifier_languages: tuple[str, ...] = Field(
        default=("en",),
        description="Languages where the classifier chooses among every category (elsewhere it only "
        "arbitrates among the trigger lexicon's candidates).",
    )
    lexicon_weight: float = Field(
        default=0.3,
        ge=0.0,
        description="What a trigger lexicon candidate adds to its classifier probability in those languages.",
    )
    sentence_threshold: float = Field(
        default=0.6,
        ge=0.0,
        description="Least classifier probability for an event in a segment with no lexicon trigger "
        "(above 1: such segments yield none).",
    )


class Config(Section):
    """Everything a pipeline run can be told."""

    stages: tuple[str, ...] = Field(default=DEFAULT_STAGES, description="The stages to run, in order.")
    kb: KBSettings = Field(default_factory=KBSettings)
    gazetteer: GazetteerSettings = Field(default_factory=GazetteerSettings)
    clock: ClockSettings = Field(default_factory=ClockSettings)
    clean: CleanSettings = Field(default_factory=CleanSettings)
    analyse: AnalyseSettings = Field(default_factory=AnalyseSettings)
    places: PlacesSettings = Field(default_factory=PlacesSettings)
    events: EventsSettings = Field(default_factory=EventsSettings)
    plugins: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="Settings of stages registered outside Dateline, by stage name (`[plugins.NAME]`); "
        "each stage's own settings model checks them when the pipeline is built.",
    )

    def section(self, name: str) -> Section | None:
        """The settings section called `name`, or None when the configuration has none."""
        value = getattr(self, name, None) if name in type(self).model_fields else None
        return value if isinstance(value, Section) else None


def _sections() -> dict[str, type[Section]]:
    """Section name → model, for every section field of `Config`."""
    out = {}
    for name, info in Config.model_fields.items():
        if isinstance(info.annotation, type) and issubclass(info.annotation, Section):
            out[name] = info.annotation
    return out


def _hint(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(sorted(known))}"


def check_keys(data: Mapping[str, Any], origin: str) -> None:
    """Raise `ConfigError` for the first key of `data` that no setting has (with a hint)."""
    sections = _sections()
    top = set(Config.model_fields)
    for key, value in data.items():
        if key not in top:
            raise ConfigError(f"unknown setting {key!r} in {origin}{_hint(key, top)}")
        if key in sections:
            if not isinstance(value, Mapping):
                raise ConfigError(f"setting {key!r} in {origin} must be a table of settings")
            fields = set(sections[key].model_fields)
            for sub in value:
                if sub not in fields:
                    dotted = [f"{key}.{f}" for f in fields] + [
                        f"{s}.{f}" for s, model in sections.items() for f in model.model_fields
                    ]
                    raise ConfigError(
                        f"unknown setting '{key}.{sub}' in {origin}{_hint(f'{key}.{sub}', dotted)}"
                    )


def _merge(base: dict[str, Any], layer: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in layer.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


def _is_sequence(annotation: Any) -> bool:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(_is_sequence(arg) for arg in typing.get_args(annotation))
    return typing.get_origin(annotation) in (tuple, list)


def _field_value(annotation: Any, text: str) -> Any:
    """A setting's value from its text form: JSON for lists given as ``[…]``, commas otherwise."""
    if _is_sequence(annotation):
        text = text.strip()
        return json.loads(text) if text.startswith("[") else [v.strip() for v in text.split(",") if v.strip()]
    return text


def from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings ``DATELINE_<SECTION>__<KEY>`` and ``DATELINE_STAGES`` variables give."""
    sections = _sections()
    out: dict[str, Any] = {}
    for name, text in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX) :].lower()
        if key == "stages":
            out["stages"] = _field_value(Config.model_fields["stages"].annotation, text)
        elif "__" in key:
            section, _, sub = key.partition("__")
            model = sections.get(section)
            info = model.model_fields.get(sub) if model else None
            value = _field_value(info.annotation, text) if info else text
            out.setdefault(section, {})[sub] = value
    check_keys(out, "the environment")
    return out


def parse_assignments(assignments: Iterable[str]) -> dict[str, Any]:
    """``section.key=value`` strings (CLI ``--set``) as settings; values are read as TOML when they parse."""
    out: dict[str, Any] = {}
    for item in assignments:
        key, sep, text = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ConfigError(f"--set {item!r}: expected section.key=value")
        try:
            value: Any = tomllib.loads(f"v = {text}")["v"]
        except tomllib.TOMLDecodeError:
            value = text
        section, dot, sub = key.partition(".")
        if dot:
            out.setdefault(section, {})[sub] = value
        else:
            out[section] = value
    check_keys(out, "--set")
    return out


def read_toml(path: Path) -> dict[str, Any]:
    """The settings a TOML file gives (checked key by key)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    check_keys(data, str(path))
    return data


def build(layers: Iterable[Mapping[str, Any]]) -> Config:
    """A `Config` from settings layers, later layers winning key by key."""
    merged: dict[str, Any] = {}
    for layer in layers:
        merged = _merge(merged, layer)
    check_keys(merged, "the settings")
    try:
        return Config.model_validate(merged)
    except ValidationError as exc:
        problems = "; ".join(
            f"setting {'.'.join(str(p) for p in err['loc'])!r}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(problems) from None


def load_config(
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Config:
    """Defaults < the TOML file at `path` < `environ` (default: ``os.environ``) < `overrides` (CLI flags)."""
    layers = [
        read_toml(path) if path is not None else {},
        from_env(os.environ if environ is None else environ),
        dict(overrides or {}),
    ]
    return build(layers)


# ---------------------------------------------------------------------------------------------
# Reference documentation, generated from the models


def _type_name(annotation: Any) -> str:
    text = repr(annotation) if not isinstance(annotation, type) else annotation.__name__
    for noise in ("typing.", "pathlib.", "datetime.", "<class '", "'>"):
        text = text.replace(noise, "")
    return text.replace("PosixPath", "Path").replace("Ellipsis", "…")


def _default(value: Any) -> str:
    if isinstance(value, tuple):
        value = list(value)
    if isinstance(value, Path | date):
        value = str(value)
    return "—" if value is None else f"`{json.dumps(value)}`"


def render_docs() -> str:
    """``docs/configuration.md``: every setting with its type, default, variable and help."""
    lines = [
        "# Configuration",
        "",
        "<!-- Generated from `dateline.config` by `dateline config docs`; a test keeps it in step. -->",
        "",
        "Settings come from, in increasing precedence: the defaults below, a TOML file given with",
        "`--config FILE`, environment variables, and CLI flags (`--set section.key=value`, and dedicated",
        "flags such as `--kb` and `--outlet-regions`). An unknown key is an error that names it (exit 2",
        "on the CLI). `dateline config show` prints the settings in effect as TOML.",
        "",
        "```toml",
        "# dateline.toml: stages to run, then one table per section",
        'stages = ["clean", "language", "analyse", "actors", "places", "times", "attributions", "events"]',
        "",
        "[places]",
        "scan = false",
        'context = ["SY", "Lebanon"]',
        "```",
        "",
        "Lists in environment variables are comma-separated or JSON (`DATELINE_PLACES__CONTEXT=SY,LB`).",
        "",
        "| setting | type | default | environment | help |",
        "|---|---|---|---|---|",
    ]
    info = Config.model_fields["stages"]
    lines.append(
        f"| `stages` | {_type_name(info.annotation)} | {_default(info.default)} | `DATELINE_STAGES` | "
        f"{info.description} |"
    )
    plugins = Config.model_fields["plugins"]
    lines.append(f"| `plugins.NAME.KEY` | as the stage declares | — | — | {plugins.description} |")
    for section, model in _sections().items():
        lines += ["", f"## `[{section}]`", "", (model.__doc__ or "").strip(), ""]
        lines += ["| setting | type | default | environment | help |", "|---|---|---|---|---|"]
        for name, field in model.model_fields.items():
            env = f"{ENV_PREFIX}{section.upper()}__{name.upper()}"
            lines.append(
                f"| `{section}.{name}` | {_type_name(field.annotation)} | {_default(field.default)} | "
                f"`{env}` | {field.description} |"
            )
    return "\n".join(lines) + "\n"


def to_toml(config: Config) -> str:
    """`config` as TOML (the settings in effect)."""

    def value(v: Any) -> str:
        if isinstance(v, tuple | list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return str(v)
        return json.dumps(str(v), ensure_ascii=False)

    data = config.model_dump()
    lines = [f"stages = {value(data.pop('stages'))}"]
    plugins = data.pop("plugins")
    for section, values in [*data.items(), *((f"plugins.{name}", v) for name, v in plugins.items())]:
        lines += ["", f"[{section}]"]
        lines += [f"{k} = {value(v)}" if v is not None else f"# {k} = (unset)" for k, v in values.items()]
    return "\n".join(lines) + "\n"
