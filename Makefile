# newsbriefs: `make site` builds the site; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve check schema golden chromium fribidi clean lock messages

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP) fribidi
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve

check: $(STAMP)
	$(BIN)/briefs check

# The published JSON Schemas, generated from generator/sidecar/model.py and the default scale.
schema: $(STAMP)
	$(BIN)/briefs schema --config mkdocs.yml > schema/sidecar.schema.json
	$(BIN)/briefs schema --registry > schema/actors.schema.json
	$(BIN)/briefs schema --people > schema/people.schema.json

# Rewrites tests/golden/problems/*/expected.txt from today's messages; review `git diff tests/golden`.
golden: $(STAMP)
	$(BIN)/python tests/update_golden.py

# The message catalogues of the site's languages (CONTRIBUTING.md, "Adding a language"): extracts
# every reader-facing string of generator/ into generator/locales/newsbriefs.pot, merges it into each
# language's .po (a new string comes in untranslated: translate it there), and compiles each .po to
# the .mo the package ships. tests/test_catalogues.py fails while a .po or .mo is behind the code.
messages: $(STAMP)
	$(BIN)/pybabel -q extract -F babel.cfg -k heading:2 --no-location --sort-output --omit-header -w 100 \
	  --project=newsbriefs --copyright-holder=newsbriefs -o generator/locales/newsbriefs.pot generator
	$(BIN)/pybabel -q update -D newsbriefs -i generator/locales/newsbriefs.pot -d generator/locales -w 100 \
	  --no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date
	$(BIN)/pybabel compile -D newsbriefs -d generator/locales --statistics

chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Pillow joins Arabic and Persian letters on the share images only with the system's FriBiDi.
fribidi:
	@ldconfig -p 2>/dev/null | grep -q libfribidi.so.0 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libfribidi0 >/dev/null; } \
	  || echo "libfribidi0 could not be installed: share images draw Arabic and Persian letters unjoined"

# lint-imports checks the stage order ([tool.importlinter] in pyproject.toml).
test: $(STAMP) chromium fribidi
	$(BIN)/python tests/browser/vendor_axe.py
	$(BIN)/ruff check generator tests
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache --no-logo
	$(BIN)/pytest -q

# requirements.lock: the exact versions of the set-up `make test` passed with, with hashes, for
# the venv's CPython on x86-64 Linux. Run after `make test` passes; README "Rebuilding an old archive".
# It also pins the newest axe-core 4.x for the accessibility tests (tests/browser/axe-core.json).
lock: $(STAMP)
	$(BIN)/python tests/browser/vendor_axe.py --update
	$(eval LOCK_PYTHON := $(shell $(BIN)/python -c 'import platform; print(platform.python_version())'))
	$(BIN)/pip freeze --exclude-editable > $(VENV)/tested.txt
	$(BIN)/pip install --quiet 'uv>=0.5,<1'
	$(BIN)/uv pip compile pyproject.toml --quiet --extra test --extra zensical --extra pagefind \
	  --python-version $(LOCK_PYTHON) --python-platform x86_64-manylinux_2_28 --generate-hashes \
	  --no-annotate --constraint $(VENV)/tested.txt --output-file requirements.lock \
	  --custom-compile-command 'make lock (CPython $(LOCK_PYTHON), x86-64 Linux)'

clean:
	rm -rf site $(VENV)
