# Newsreader — developer commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
FORMS  := $(patsubst ui/%.ui,newsreader/gui/forms/ui_%.py,$(wildcard ui/*.ui))
# Translations (issue 17; docs/HOWTO.md "Add a language"): Qt Linguist sources for the window,
# gettext catalogues for the CLI, both under translations/; compiled into resources/ by make.
TR_SOURCES := $(shell find newsreader/gui newsreader/app -name '*.py' -not -path '*/forms/*' | sort) $(wildcard ui/*.ui)
QM_FILES   := $(patsubst translations/%.ts,resources/translations/%.qm,$(wildcard translations/*.ts))
# The CLI's messages (gettext, newsreader/app/i18n.py): the engine commands run without Qt.
# Every module of newsreader/app, so a new app/<topic>_commands.py needs no line here.
CLI_SOURCES := $(sort $(wildcard newsreader/app/*.py))
# The lines core, usecases and update write (errors), marked N_("…") (core/texts.py): in the
# gettext catalogue, which the CLI and the window both translate them from.
CORE_SOURCES := $(shell find newsreader/core newsreader/usecases newsreader/update -name '*.py' | sort)
MO_FILES   := $(patsubst translations/newsreader_%.po,resources/locale/%/LC_MESSAGES/newsreader.mo,$(wildcard translations/newsreader_*.po))

.PHONY: translations catalogs run test lint types layers forms forms-check pytest soak fuzz bench package smoke clean lock system-deps

$(STAMP): requirements.lock pyproject.toml
	@tools/system-deps.sh test
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

venv: $(STAMP)

run: $(STAMP) catalogs
	$(BIN)/newsreader

test: system-deps lint types layers forms-check pytest

# Re-extracts every marked string into the .ts sources (German in full; English holds only
# the plural forms), then compiles them. Obsolete entries are dropped.
# tools/tr_helpers.py shows lupdate the strings passed to the modules' own `_tr()` helpers
# and the plural forms lupdate misses; its stub goes first, so its plural form wins.
translations: $(STAMP)
	@mkdir -p build
	$(PYTHON) tools/tr_helpers.py build/tr_helpers_stub.py $(filter %.py,$(TR_SOURCES))
	$(BIN)/pyside6-lupdate -no-obsolete -locations none build/tr_helpers_stub.py $(TR_SOURCES) -ts translations/newsreader_de.ts
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly build/tr_helpers_stub.py $(TR_SOURCES) -ts translations/newsreader_en.ts
	for po in translations/newsreader_*.po; do $(PYTHON) tools/po_update.py $$po $(CLI_SOURCES) $(CORE_SOURCES) || exit 1; done
	$(MAKE) catalogs

# The compiled catalogues the app loads (not committed: built from the sources every time).
catalogs: $(QM_FILES) $(MO_FILES)

resources/translations/%.qm: translations/%.ts | $(STAMP)
	@mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

resources/locale/%/LC_MESSAGES/newsreader.mo: translations/newsreader_%.po
	@mkdir -p $(dir $@)
	$(PYTHON) tools/msgfmt.py $< $@

# The Debian packages the tests need (Qt's offscreen libraries, D-Bus, gnome-keyring):
# installed when run as root, otherwise named with the apt-get line that installs them.
system-deps:
	@tools/system-deps.sh test

lint: $(STAMP)
	$(BIN)/ruff check newsreader tests bench packaging
	$(BIN)/ruff format --check newsreader tests bench packaging

types: $(STAMP)
	$(BIN)/mypy newsreader

layers: $(STAMP)
	$(BIN)/lint-imports

# Generated forms are committed; this target regenerates them from ui/*.ui.
forms: $(STAMP)
	@for f in ui/*.ui; do \
	  name=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic "$$f" -o "newsreader/gui/forms/ui_$$name.py" || exit 1; \
	  sed -i '1i # Generated from ui/'"$$name"'.ui by `make forms`; do not edit.' "newsreader/gui/forms/ui_$$name.py"; \
	done

# Fails when a committed form differs from what its .ui source generates.
forms-check: $(STAMP)
	@tmp=$$(mktemp -d); for f in ui/*.ui; do \
	  name=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic "$$f" -o "$$tmp/ui_$$name.py" || exit 1; \
	  sed -i '1i # Generated from ui/'"$$name"'.ui by `make forms`; do not edit.' "$$tmp/ui_$$name.py"; \
	  cmp -s "$$tmp/ui_$$name.py" "newsreader/gui/forms/ui_$$name.py" || { echo "forms drift: ui/$$name.ui != newsreader/gui/forms/ui_$$name.py (run make forms)"; rm -rf $$tmp; exit 1; }; \
	done; rm -rf $$tmp; echo "forms up to date"

# Two worker processes (pytest-xdist): the suite waits on real servers, keyrings and Qt more
# than on the CPU, and the whole of it stays near ten minutes on this 2-core machine.
PYTEST_WORKERS ?= 2
pytest: $(STAMP) catalogs
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# Long kill loops (issue 12): SIGKILL of the CLI refresh and of the window at random moments.
SOAK_ITERATIONS ?= 25
soak: $(STAMP)
	NEWSREADER_SOAK_ITERATIONS=$(SOAK_ITERATIONS) NEWSREADER_SYNC_KILL_MOMENTS=all \
	  QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -q tests/e2e/test_kill_loops.py tests/sync/test_sync_kill.py

# The fuzz gate at length (issue 12); make test runs it for about 20 s.
FUZZ_EXAMPLES ?= 20000
fuzz: $(STAMP)
	NEWSREADER_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) NEWSREADER_FUZZ_RANDOM=1 QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -q tests/fuzz

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

lock:
	rm -rf /tmp/newsreader-lock && $(PYTHON) -m venv /tmp/newsreader-lock
	/tmp/newsreader-lock/bin/pip install --quiet -e '.[dev]'
	{ echo "# Full pinned closure for .venv (runtime + dev). Regenerate: make lock"; \
	  /tmp/newsreader-lock/bin/pip freeze --exclude-editable; } > requirements.lock

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

# The Linux release (PyInstaller one-folder build): dist/newsreader/ and
# dist/newsreader-<version>-linux-x86_64.tar.gz. Takes a few minutes. See packaging/build.sh.
package: $(STAMP) catalogs
	packaging/build.sh

# Unpacks the release archive into an empty folder and runs it with no project Python on PATH.
smoke:
	packaging/smoke.sh
