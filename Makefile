# communique: `make report` renders the seed's briefing, `make test` runs the tests.
# Both set up what they need on a fresh machine (system packages, then a virtualenv).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED := data/raw/us-peru-2013.txt
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends

.PHONY: setup setup-system setup-latex report test lab bench clean-reports help

help:
	@echo "make report       render the seed statement's briefing into reports/us-peru-2013/"
	@echo "make test         run the test suite"
	@echo "make setup        install system packages (chromium, fonts, poppler) and the virtualenv"
	@echo "make setup-latex  install the TeX toolchain for --pdf-engine latex"
	@echo "make lab          open the notebooks in JupyterLab"
	@echo "make bench        print rendering and analysis benchmarks"

# The package is installed in editable mode, so pip does not byte-compile it, and where
# PYTHONDONTWRITEBYTECODE is set Python never does: every process (the CLI, each kernel)
# would compile its 10,000 lines again. compileall redoes only files that changed.
setup: setup-system $(STAMP)
	@$(BIN)/python -m compileall -q src/communique

# Idempotent: installs only what is missing.
setup-system:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	shell=""; command -v chromium-headless-shell >/dev/null 2>&1 || shell=chromium-headless-shell; \
	if [ -n "$$shell" ] && apt-cache show $$shell >/dev/null 2>&1; then missing="$$missing $$shell"; shell=""; fi; \
	if [ -n "$$missing" ]; then \
	  $(SUDO) apt-get update -qq || exit 1; \
	  if [ -n "$$shell" ] && apt-cache show $$shell >/dev/null 2>&1; then missing="$$missing $$shell"; fi; \
	  echo "installing:$$missing"; \
	  $(APT) $$missing; \
	fi

setup-latex: setup
	@missing=""; \
	command -v xelatex >/dev/null 2>&1 || missing="$$missing texlive-xetex texlive-fonts-recommended texlive-plain-generic"; \
	command -v pandoc >/dev/null 2>&1 || missing="$$missing pandoc"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(APT) $$missing; \
	fi

$(STAMP): pyproject.toml
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

report: setup
	$(BIN)/communique report $(SEED)
	$(BIN)/communique report $(SEED) -p detail brief

test: setup
	$(BIN)/python -m pytest

lab: setup
	$(BIN)/jupyter lab notebooks/

bench: setup
	$(BIN)/python benchmarks/run.py

clean-reports:
	rm -rf reports/.tmp-* reports/.*.lock
