# gdrkit — two commands do all set-up on a fresh machine with Python 3.11+ and pip:
#   make figures   create .venv, build the tables from data/, run every notebook, write figures/
#   make test      create .venv, lint (ruff), run the tests (unit, layering, real reports, notebooks)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= $(if $(GDRKIT_DATA),$(GDRKIT_DATA),data)
# a run on other data writes beside the default run's, in folders named after the data
# (make figures DATA=~/reports/henan -> out/henan/tables, figures/henan/); data/ itself -> out/, figures/
NAME := $(if $(filter $(abspath data),$(abspath $(DATA))),,$(notdir $(abspath $(DATA))))
OUT ?= out$(if $(NAME),/$(NAME))
FIGURES ?= figures$(if $(NAME),/$(NAME))
export GDRKIT_CACHE ?= $(CURDIR)/.gdrkit-cache
export MPLBACKEND := Agg

.PHONY: all venv tables figures test bench mutate clean

all: figures

$(VENV)/.installed: pyproject.toml Makefile
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,notebook,dask,traditional]"
	touch $@

venv: $(VENV)/.installed

tables: venv
	$(BIN)/gdrkit build "$(DATA)" -o "$(OUT)/tables"

figures: tables
	GDRKIT_DATA="$(abspath $(DATA))" $(BIN)/python scripts/run_notebooks.py notebooks --figures "$(FIGURES)"

test: venv
	$(BIN)/ruff check gdrkit tests
	$(BIN)/python -m pytest -q

bench: venv
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Mutation testing of the core rules (not part of make test): the modules and their tests are
# [tool.gdrkit.mutate] in pyproject.toml; `make mutate MODULES=gdrkit/meta/ids.py` runs one.
$(VENV)/.mutate-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[mutate]"
	touch $@

mutate: $(VENV)/.mutate-installed
	$(BIN)/python scripts/mutate.py $(MODULES)

clean:
	rm -rf "$(OUT)" .gdrkit-cache .pytest_cache build/mutate
