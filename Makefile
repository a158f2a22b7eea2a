# Two commands do all set-up on a fresh machine:
#   make lab    set up, then start JupyterLab on the curriculum
#   make test   set up, then run every test (library, policy, notebooks, course, browser)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: lab test setup lint bench docs clean

$(BIN)/activate:
	$(PY) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[course,test]"
	touch $@

setup: $(VENV)/.installed

# LAB_PORT and LAB_ARGS let a test start the same command on a free port without a browser.
LAB_PORT ?= 8888
LAB_ARGS ?=
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: setup
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --ServerApp.port=$(LAB_PORT) $(ROOT_FLAG) $(LAB_ARGS) \
		curriculum/00-start-here.ipynb

test: setup
	bash scripts/ensure-chromium
	$(BIN)/ruff check tpstrain tests benchmarks scripts
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

lint: setup
	$(BIN)/ruff check tpstrain tests benchmarks scripts

bench: setup
	$(BIN)/python benchmarks/run.py

docs: setup
	$(BIN)/python -m tpstrain.docs > docs/rules.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
