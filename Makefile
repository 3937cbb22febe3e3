# dvk-analysis: `make report` runs the main job, `make test` runs every test.
# Both create the virtual environment (.venv) from requirements.lock first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OUT ?= reports

.PHONY: help venv system-deps report test lint format lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

venv: $(STAMP)  ## create .venv with the exact versions of requirements.lock

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

system-deps:  ## Debian packages: chromium (figure export, browser tests) and DejaVu fonts
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -q "DejaVu Sans"; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	fi

report: venv system-deps  ## run the notebooks on the embedded data and write reports/
	$(PY) -m dvk_analysis build --out $(OUT)

test: venv system-deps  ## unit tests, doctests, notebooks (nbval), browser tests, lint
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest --nbval tests dvk_analysis notebooks

lint:  ## ruff check and format check
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

format:  ## let ruff format and fix the code
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

lock:  ## regenerate requirements.lock from pyproject.toml's ranges
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install -q --upgrade pip && .venv-lock/bin/pip install -q -e '.[test]'
	{ echo "# Exact versions installed by \`make venv\` and CI (pip freeze of a venv built from pyproject.toml)."; \
	  echo "# Regenerate with \`make lock\` after changing a range in pyproject.toml."; \
	  .venv-lock/bin/pip freeze --exclude-editable; } > requirements.lock
	rm -rf .venv-lock

clean:  ## remove the virtual environment and outputs
	rm -rf $(VENV) $(OUT)

.PHONY: bench
bench: venv  ## benchmarks on SYNTHETIC national-scale files (median of 3; not part of make test)
	$(PY) -m benchmarks --runs 3
