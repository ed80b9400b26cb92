# Set-up and everyday commands. Everything a fresh clone needs is installed from here.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip

.PHONY: run test test-window wheel train bench screenshot lint clean translations qm

# Translations: the .ts sources are edited (Qt Linguist: pyside6-linguist); the .qm files the app
# loads are compiled from them here, for `make run`, `make test` and the wheel.
TS := lenet_gui/i18n/lenet_gui_fr.ts lenet_gui/i18n/lenet_gui_ja.ts lenet_gui/i18n/lenet_gui_en.ts
QM := $(TS:.ts=.qm)

# A stamp per extra set, so a change to pyproject.toml reinstalls.
$(VENV)/.installed-run: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -e '.[test,train,bench]'
	touch $@ $(VENV)/.installed-run

lenet_gui/i18n/%.qm: lenet_gui/i18n/%.ts $(VENV)/.installed-run
	$(VENV)/bin/pyside6-lrelease $< -qm $@

qm: $(QM)

# After adding or changing texts in the code: new texts land in the .ts files, unfinished, for
# a translator; texts gone from the code are dropped.
translations: $(VENV)/.installed-run
	$(PY) -m lenet_gui.i18n.tools update

run: $(VENV)/.installed-run $(QM)
	$(PY) -m lenet_gui

test: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m ruff check lenet_gui tests
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(MAKE) --no-print-directory test-window

# The real-window tier: the real window on Qt's xcb platform under its own Xvfb and openbox, once
# per screen size (a process holds one Qt platform and one screen). Skipped, with the reason,
# where Xvfb, openbox or xdotool are missing; LENET_GUI_REQUIRE_REAL_WINDOW=1 makes that a failure.
test-window: $(VENV)/.installed-test $(QM)
	LENET_GUI_TIER=realwindow LENET_GUI_SCREEN=1366x768 $(PY) -m pytest tests/realwindow
	LENET_GUI_TIER=realwindow LENET_GUI_SCREEN=1920x1080 $(PY) -m pytest tests/realwindow

# The installable app for class laptops: dist/lenet_gui-<version>-py3-none-any.whl (see README).
wheel: $(VENV)/.installed-run $(QM)
	$(PIP) wheel --no-deps --no-build-isolation -w dist .

train: $(VENV)/.installed-test
	$(PY) -m lenet_gui.train --arch tutorial
	$(PY) -m lenet_gui.train --arch lenet5

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m lenet_gui.bench

screenshot: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m lenet_gui.screenshot resources/screenshot.png

lint: $(VENV)/.installed-test
	$(PY) -m ruff check lenet_gui tests

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
