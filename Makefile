# Guichet — every set-up step a newcomer (or CI) needs lives here.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/translations/guichet_en.ts
QM := resources/translations/guichet_en.qm
TS_FR := resources/translations/guichet_fr.ts
QM_FR := resources/translations/guichet_fr.qm
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install run demo test lint typecheck bench translations screenshots clean dist

install: $(STAMP) $(QM) $(QM_FR)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The compiled .qm is committed too; rebuild it whenever the .ts changes.
$(QM): $(TS) | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

$(QM_FR): $(TS_FR) | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS_FR) -qm $(QM_FR)

# Opens the counter on the demo organisation (a real window: unset the offscreen default).
run: install
	QT_QPA_PLATFORM= $(VENV)/bin/guichet --demo

test: install
	$(PY) -m pytest -q -p no:cacheprovider

lint: install
	$(VENV)/bin/ruff check guichet tests bench

typecheck: install
	$(VENV)/bin/mypy guichet/domain guichet/services guichet/sync guichet/server

bench: install
	$(PY) bench/run.py $(BENCH)

# Refresh the English catalogue from the French source strings in the windows.
translations: install
	$(VENV)/bin/pyside6-lupdate $$(find guichet/ui -name '*.py' | sort) -ts $(TS) -no-obsolete
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

screenshots: install
	for w in $$($(PY) -c "from guichet.ui.screenshots import window_names; print(' '.join(window_names()))"); do \
	  $(VENV)/bin/guichet --screenshot docs/screenshots/$$w.png --window $$w || exit 1; \
	  $(VENV)/bin/guichet --lang en --screenshot docs/screenshots/en/$$w.png --window $$w || exit 1; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info

dist: install
	rm -rf dist && mkdir -p dist/wheelhouse
	$(PY) -m pip wheel --quiet . -w dist/wheelhouse
	cp -r resources dist/resources
	cp packaging/guichet.desktop packaging/README.md dist/
