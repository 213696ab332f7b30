# Two commands do everything on a fresh machine with Python 3.11:
#   make corpus   set up, then build the dataset in corpus/
#   make test     set up, then run the test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: corpus test fuzz lint validate chromium slurm

$(INSTALLED): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m compileall -q src  # as installing a wheel does: where PYTHONDONTWRITEBYTECODE is set, imports would compile it every time
	touch $@

corpus: $(INSTALLED)
	$(BIN)/newscorpus build corpus --card DATASET_CARD.md

test: $(INSTALLED) chromium slurm
	$(BIN)/python -m pytest

# the property tests with many new examples each (the `fuzz` hypothesis profile; `make test` tries the same ones always)
fuzz: $(INSTALLED)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest $$(grep -rl --include='*.py' '@given' tests)

# the report's tests look at it in headless Chromium: Debian's package, installed when missing
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# the tests marked slurm start a one-node Slurm cluster (tests/slurm.py): Debian's packages, installed when missing
slurm:
	@command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null || \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq slurm-wlm munge; }

validate: $(INSTALLED)
	$(BIN)/newscorpus validate corpus

lint: $(INSTALLED)
	$(BIN)/ruff check src tests scripts
