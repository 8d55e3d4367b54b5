"""``dateline config``: the settings in effect, and their generated reference."""

from __future__ import annotations

import sys

import typer

from dateline.cli.app import app
from dateline.cli.common import ConfigOption, SetOption, settings
from dateline.config import render_docs, to_toml

config_app = typer.Typer(help="Show the settings in effect or their reference.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
def show(config: ConfigOption = None, set_: SetOption = None) -> None:
    """Print the settings in effect (defaults < --config < environment < --set) as TOML."""
    sys.stdout.write(to_toml(settings(config, set_)))


@config_app.command("docs")
def docs() -> None:
    """Print docs/configuration.md: every setting with its type, default, variable and help."""
    sys.stdout.write(render_docs())
