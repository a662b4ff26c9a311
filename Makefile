# presslens — `make help` lists every target.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.presslens-installed
KERNEL := presslens
CORPUS ?= seeds
OUT ?= reports
SHARED ?= ../shared

.DEFAULT_GOAL := help
.PHONY: help setup bytecode run test lab lint format strip clean bench eval-sentiment eval-timex

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m ipykernel install --user --name $(KERNEL) --display-name "Python (presslens)" >/dev/null
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv, install presslens with its dependencies, register the Jupyter kernel

# presslens is installed editable: its modules are compiled here, as pip compiles a package it installs,
# so that every process of a run (kernels, workers) reads them compiled even where Python writes no
# bytecode itself (PYTHONDONTWRITEBYTECODE). Only the modules changed since are compiled again.
bytecode: $(STAMP)
	@$(PY) -m compileall -q lib/presslens

run: $(STAMP) bytecode ## Parse seeds/ (or CORPUS=...), execute every notebook, write HTML reports under reports/ (or OUT=...)
	$(BIN)/presslens run --corpus $(CORPUS) --out $(OUT)

test: $(STAMP) bytecode ## Run the whole test suite (executes the notebooks too)
	$(BIN)/pytest -q

lab: $(STAMP) bytecode ## Open JupyterLab on notebooks/
	$(BIN)/jupyter lab notebooks/

lint: $(STAMP) ## Check code style and that notebooks are committed without outputs
	$(BIN)/ruff check lib tests bench
	$(PY) -m presslens.tools check-notebooks notebooks

format: $(STAMP) ## Fix what ruff can fix
	$(BIN)/ruff check --fix lib tests bench

strip: $(STAMP) ## Strip outputs from the notebooks (nbstripout)
	$(BIN)/nbstripout notebooks/*.ipynb

eval-sentiment: $(STAMP) ## VADER against its human-rated ground truth (SHARED=../shared)
	$(PY) -m presslens.eval sentiment $(SHARED)/eval/vader

eval-timex: $(STAMP) ## Temporal tagger on TempEval-3 training data (SHARED=../shared)
	$(PY) -m presslens.eval timex $(SHARED)/eval/tempeval3/train

bench: $(STAMP) bytecode ## Benchmarks: ratios measured in one run (see bench/README.md)
	$(PY) bench/run.py --shared $(SHARED)
	$(PY) bench/bench_linear.py

clean: ## Remove the environment, caches and reports
	rm -rf $(VENV) reports data/cache .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
