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

.PHONY: install run demo test lint typecheck bench translations screenshots clean dist bundle deb \
	test-packaging test-clock soak

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

# One test process per core (pytest-xdist); every test makes its own files, databases and ports.
test: install
	$(PY) -m pytest -q -p no:cacheprovider -n auto

# The whole suite twice, every process's clock moved (libfaketime, tests/clock_at.py) to 23:55
# then 00:05 in Toronto: a test that leans on the real hour fails here. Both runs always run.
test-clock: install
	rc=0; for at in 23:55 00:05; do \
	  $(PY) tests/clock_at.py $$at -- -m pytest -q -p no:cacheprovider -n auto || rc=1; \
	done; exit $$rc

# 200 SIGKILLs in the middle of sales, then `guichet check` and the sales the killed counter
# logged as committed against the database (tests/crash_harness.py; 10 kills in `make test`).
soak: install
	$(PY) -m tests.crash_harness --kills $(or $(KILLS),200)

# Ruff, then the house's rules: the layers of docs/ARCHITECTURE.md and no import circle.
lint: install
	$(VENV)/bin/ruff check guichet tests bench packaging setup.py
	$(VENV)/bin/lint-imports --no-cache

typecheck: install
	$(VENV)/bin/mypy guichet/domain guichet/services guichet/sync guichet/server guichet/changes

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

# Guichet's wheel (translations, migrations and resources inside) and every dependency's, for
# an offline `pip install --no-index --find-links wheelhouse guichet` (packaging/README.md).
dist: install
	rm -rf dist/wheelhouse build/lib build/bdist.*
	mkdir -p dist/wheelhouse
	$(PY) -m pip wheel --quiet . -w dist/wheelhouse

# The one-folder program dist/guichet/guichet (PyInstaller, packaging/guichet.spec), rebuilt
# only when the program, its resources, the spec or the dependencies changed.
BUNDLE := dist/guichet/guichet
BUNDLE_INPUTS := packaging/guichet.spec $(STAMP) \
	$(shell find guichet resources -type f -not -path '*/__pycache__/*' 2>/dev/null)

bundle: install $(BUNDLE)

$(BUNDLE): $(BUNDLE_INPUTS) | install
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/guichet.spec
	touch $(BUNDLE)

# dist/guichet_VERSION_amd64.deb from the bundle (packaging/deb/).
deb: bundle
	$(PY) packaging/deb/build_deb.py --bundle dist/guichet --output dist

# Builds the bundle, the .deb and the wheel, and runs them (packaging/tests/; not in `make test`).
test-packaging: install
	$(PY) -m pytest -q -p no:cacheprovider packaging/tests
