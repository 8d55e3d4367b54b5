"""The CLI imports only the module of the command it runs (`dateline.cli.app.modules_for`)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import typer

from dateline.cli.app import COMMAND_MODULES, app, eval_app, modules_for

for _module in COMMAND_MODULES:
    importlib.import_module(f"dateline.cli.{_module}")


def command_names(group: typer.Typer) -> dict[str, str]:
    """Each command and sub-group name of `group` → the module that registered it (a sub-group's: the
    module of its first command)."""
    found: dict[str, str] = {}
    for command in group.registered_commands:
        assert command.callback is not None
        name = command.name or command.callback.__name__.replace("_", "-")
        found[name] = command.callback.__module__.rsplit(".", 1)[1]
    for sub in group.registered_groups:
        if sub.typer_instance is not eval_app and sub.name is not None:
            found[sub.name] = next(iter(command_names(sub.typer_instance).values()))
    return found


def test_every_command_names_its_module() -> None:
    for name, module in command_names(app).items():
        assert module in modules_for([name]), name
    for name, module in command_names(eval_app).items():
        assert module in modules_for(["eval", name]), name


def test_options_are_skipped_and_unknown_commands_load_everything() -> None:
    assert modules_for(["-v", "ingest", "corpus/", "--workers", "1"]) == ["ingest"]
    assert modules_for(["stories"]) == modules_for(["story"]) == ["stories"]
    assert set(modules_for(["eval", "places"])) == {m for m in COMMAND_MODULES if m.startswith("eval_")}
    assert modules_for([]) == modules_for(["--help"]) == modules_for(["ingets"]) == list(COMMAND_MODULES)


def test_ingest_process_does_not_import_other_commands_dependencies() -> None:
    program = (
        "import sys\n"
        "from dateline.cli.app import main\n"
        "sys.argv = ['dateline', 'ingest', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('sklearn', 'fastapi', 'spacy', 'dateline.stories.service')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert "--workers" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"
