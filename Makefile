# Two commands: `make run` starts the explorer, `make test` runs every check headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Compiled translations are committed so the package ships them; these rules refresh them.
TRANSLATION_DIR := explorer/assets/translations
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard $(TRANSLATION_DIR)/*.ts)) \
	$(TRANSLATION_DIR)/explorer_kk-Latn.qm

.PHONY: run test lint bench soak screenshots translations clean

# uv installs the dependencies several times faster than pip; pip does it if uv cannot.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	($(BIN)/python -m pip install --quiet uv \
		&& $(BIN)/uv pip install --quiet --python $(BIN)/python -e '.[test]') \
		|| $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(TRANSLATION_DIR)/%.qm: $(TRANSLATION_DIR)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Kazakh Latin is derived from the Kazakh translation, never written by hand.
$(TRANSLATION_DIR)/explorer_kk-Latn.qm: $(TRANSLATION_DIR)/explorer_kk.ts tools/kazakh_latin_ts.py $(STAMP)
	$(BIN)/python -m tools.kazakh_latin_ts $< build/explorer_kk-Latn.ts
	$(BIN)/pyside6-lrelease -silent build/explorer_kk-Latn.ts -qm $@

translations: $(TRANSLATIONS)

run: $(STAMP) translations
	$(BIN)/explorer

lint: $(STAMP)
	$(BIN)/ruff check explorer tests tools
	$(BIN)/lint-imports

# One test process per core (pytest-xdist): every test is independent of the others.
test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto

bench: $(STAMP) translations soak
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bench -s

# A day at the exhibit: 500 kiosk visits and the memory they leave (make test runs 8).
soak: $(STAMP) translations
	KIOSK_VISITS=500 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/ui/kiosk/test_kiosk_long_run.py -s

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/explorer --screenshot docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
