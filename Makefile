# Relier — two commands on a fresh clone: `make site`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup site check test serve clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

check: setup
	$(BIN)/kb check

site: setup
	$(BIN)/kb check
	$(BIN)/kb build

test: setup
	$(BIN)/pytest

serve: setup
	$(BIN)/kb serve

clean:
	rm -rf build site
