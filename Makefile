# One task runner. `make demo` and `make test` are the two set-up commands of the README.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test browser bench lint docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Build the sample desk from claims/ into db/claims.db and serve it on http://127.0.0.1:8001/claims
demo: install
	$(BIN)/reconcile demo

## Install everything the tests need (Debian's chromium for the browser test included) and run them
test: install browser
	$(BIN)/pytest

## Debian's Chromium for the Playwright browser test (never a browser download)
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

## Benchmarks: extraction speed, clustering quality, time and memory
bench: install
	$(BIN)/reconcile bench extract
	$(BIN)/reconcile bench cluster

lint: install
	$(BIN)/ruff check reconcile tests
	$(BIN)/cog --check README.md

## Refresh the CLI reference pasted into README.md
docs: install
	$(BIN)/cog -r README.md

clean:
	rm -rf $(VENV) db/*.db db/*.db-* db/*.secret
