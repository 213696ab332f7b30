# Two commands do everything on a fresh machine with Python 3.11:
#   make corpus   set up, then build the dataset in corpus/
#   make test     set up, then run the test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: corpus test validate

$(INSTALLED): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

corpus: $(INSTALLED)
	$(BIN)/python scripts/build.py

test: $(INSTALLED)
	$(BIN)/python -m pytest

validate: $(INSTALLED)
	$(BIN)/python scripts/validate.py corpus
