# Relier — two commands on a fresh clone: `make site`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: deps setup site check test serve clean

setup: $(STAMP) $(NODE_STAMP)

# The system packages (Debian, Ubuntu): Python with venv, Node/npm, Chromium, Pango… (.ci/system-packages)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
deps:
	$(SUDO) bash .ci/system-packages

# whoosh3 replaced whoosh-reloaded: both install the `whoosh` module, so an old venv's goes first
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip uninstall -y -q whoosh-reloaded 2>/dev/null || true
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# JavaScript libraries bundled with the site (Cytoscape for the map, axe-core for the tests)
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

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
