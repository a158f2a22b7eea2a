# Two commands do all set-up on a fresh machine:
#   make lab    set up, then start JupyterLab on the curriculum
#   make test   set up, then run every test (library, policy, notebooks, course, browser)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: lab test setup lint bench docs clean hub bench-hub

$(BIN)/activate:
	$(PY) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[course,test]"
	touch $@

# The course's JupyterLab settings (no news or update toasts), for every `jupyter lab` run from .venv.
LAB_SETTINGS := $(VENV)/etc/jupyter/labconfig/default_setting_overrides.json
$(LAB_SETTINGS): deploy/jupyter/common/labconfig/default_setting_overrides.json | $(VENV)/.installed
	mkdir -p $(dir $@)
	cp $< $@

setup: $(VENV)/.installed $(LAB_SETTINGS)

# LAB_PORT and LAB_ARGS let a test start the same command on a free port without a browser.
LAB_PORT ?= 8888
LAB_ARGS ?=
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

START_PAGE := /lab/tree/curriculum/00-start-here.ipynb

# The URL it prints opens the start page (default_url), not the Launcher.
lab: setup
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=$(START_PAGE) \
		--ServerApp.port=$(LAB_PORT) $(ROOT_FLAG) $(LAB_ARGS)

test: setup lint
	bash scripts/ensure-chromium
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

# Style, format, the import contracts (layers, no cycles, the course on the public API, no pydantic on the
# quick path) and strict types on the core; docs/architecture.md explains them.
lint: setup
	$(BIN)/ruff check tpstrain tests benchmarks scripts deploy
	$(BIN)/ruff format --check tpstrain tests benchmarks scripts deploy
	$(BIN)/lint-imports --no-logo pyproject.toml importlinter-runtime.ini
	$(BIN)/mypy

bench: setup
	$(BIN)/python benchmarks/run.py

# The course's JupyterHub on this machine (as root): installs what it needs, then runs in the foreground.
# HUB_ARGS: deploy/hub.py options, e.g. HUB_ARGS="--port 8000 --admin dana" (see deploy/README.md).
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
HUB_ARGS ?=
hub:
	$(SUDO) python3 deploy/hub.py up $(HUB_ARGS)

# How many trainees this machine holds (a deployment of its own, removed after): spawn time, memory, latency.
BENCH_HUB_ARGS ?=
bench-hub: setup
	$(SUDO) $(BIN)/python benchmarks/hub_capacity.py $(BENCH_HUB_ARGS)

docs: setup
	$(BIN)/python -m tpstrain.docs > docs/rules.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .import_linter_cache
