"""The Alembic command line on the packaged revisions: ``python -m dateline.store [--url URL] COMMAND``.

python -m dateline.store heads
python -m dateline.store --url sqlite:///scratch.db upgrade head
python -m dateline.store --url sqlite:///scratch.db check        # schema.py vs the revisions
python -m dateline.store --url sqlite:///scratch.db revision --autogenerate -m "add x"
"""

from __future__ import annotations

import sys

from alembic.config import CommandLine

from dateline.store.migrate import alembic_config

DEFAULT_URL = "sqlite:///dateline.db"


def main(argv: list[str]) -> None:
    args = list(argv)
    url = DEFAULT_URL
    if "--url" in args:
        at = args.index("--url")
        if at + 1 == len(args):
            sys.exit("--url needs a value")
        url = args[at + 1]
        del args[at : at + 2]
    cli = CommandLine(prog="python -m dateline.store")
    cli.run_cmd(alembic_config(url), cli.parser.parse_args(args))


if __name__ == "__main__":
    main(sys.argv[1:])
