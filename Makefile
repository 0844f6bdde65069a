# Playbook social — every target sets up what it needs first.
#   make serve    set up, then serve the site at http://127.0.0.1:8000 with live reload
#   make test     set up (Chromium included), then run every test
#   make build    build the site into site/ (strict)
#   make bench    build, weigh, audit (Lighthouse) and time the site against plain Material, every page
#                 type held to the budgets of tools/bench/budgets.py; fail naming each one missed
#   make offline  build a zip of the site that works from file:// (build/playbook-social-hors-ligne.zip)
#   make scorm    build the SCORM 1.2 and 2004 packages of the course (build/playbook-social-scorm*.zip)

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
BENCH_STAMP := tools/bench/node_modules/.installed
UV_VERSION := 0.9.30
# The tests drive Debian's Chromium in its headless build (package chromium-headless-shell, the same
# Chromium as /usr/bin/chromium, without the windowed browser around it: about a third of the
# processor time per page, see the README under « Les autres commandes »); the benchmark measures the reader's Chromium.
CHROMIUM ?= /usr/bin/chromium-headless-shell
BENCH_CHROMIUM ?= /usr/bin/chromium

# Python and JavaScript dependencies install side by side (and the Debian packages beside them).
MAKEFLAGS += --jobs=2

# Material's end-of-life banner says nothing about this project; keep the build output about our content.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup bytecode lock serve build test test-js test-py bench offline scorm system clean

setup: $(PY_STAMP) $(NODE_STAMP) bytecode

# Our own code compiled as well, into __pycache__ (ignored by git): where PYTHONDONTWRITEBYTECODE is
# set, every build, test build and command would compile the playbook package afresh (a build of
# the site: 2.0 s without, 1.76 s with, measured). Files already compiled are skipped (0.05 s).
bytecode: $(PY_STAMP)
	@$(BIN)/python -m compileall -q playbook hooks

# uv installs the locked versions (requirements.lock) in seconds where pip takes a minute. The
# environment gets no pip of its own when the system's can install uv into it (6 s less); else pip.
$(BIN)/uv:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 ou plus récent est nécessaire (python3 --version).")'
	test -x $(BIN)/python || $(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(BIN)/python install --quiet --disable-pip-version-check uv==$(UV_VERSION) 2>/dev/null \
		|| { $(BIN)/python -m ensurepip --upgrade >/dev/null && $(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION); }

# Compiled at install (--compile-bytecode, as pip does; uv does not by default): every Python process
# of the build and the tests would otherwise compile MkDocs, Material and the rest afresh where
# PYTHONDONTWRITEBYTECODE is set (1.3 s more per build measured).
$(PY_STAMP): pyproject.toml requirements.lock $(BIN)/uv
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

# After changing pyproject.toml's dependencies: the exact versions every install gets.
lock: $(BIN)/uv
	$(BIN)/uv pip compile --quiet --python $(BIN)/python --extra test --extra pdf --extra lrs \
		--generate-hashes --no-header --output-file requirements.lock pyproject.toml

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm est nécessaire : installez Node.js (apt-get install nodejs npm)."; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: setup
	$(BIN)/mkdocs build --strict --site-dir site

# Debian packages the tests need: Chromium ($(CHROMIUM)), Pango for WeasyPrint's PDF. The
# benchmark runs it with CHROMIUM=$(BENCH_CHROMIUM).
system:
	@missing=""; \
	[ -x "$(CHROMIUM)" ] || missing="$$missing $$(basename $(CHROMIUM))"; \
	ldconfig -p | grep -q libpangoft2-1.0 || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "Installation de :$$missing (Debian)…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "Il manque des paquets pour les tests : lancez « sudo apt-get install$$missing », puis relancez make test."; exit 1; \
	fi

# The JavaScript tests (a few seconds) run beside the Python and browser tests (make -j2).
test: test-js test-py

test-js: setup
	node --test tests/js/

test-py: setup system
	PLAYBOOK_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

# Lighthouse for the benchmark, apart from the site's own packages (never needed by make test).
$(BENCH_STAMP): tools/bench/package.json tools/bench/package-lock.json
	@command -v npm >/dev/null || { echo "npm est nécessaire : installez Node.js (apt-get install nodejs npm)."; exit 1; }
	npm ci --prefix tools/bench --no-audit --no-fund --loglevel=error
	touch $@

# BENCH="--quick" (or --runs 1) to try it faster; see tools/bench/__main__.py.
bench: setup $(BENCH_STAMP)
	@$(MAKE) --no-print-directory system CHROMIUM=$(BENCH_CHROMIUM)
	PLAYBOOK_CHROMIUM=$(BENCH_CHROMIUM) $(BIN)/python -m tools.bench $(BENCH)

offline: setup
	rm -rf build/offline
	PLAYBOOK_OFFLINE=true $(BIN)/mkdocs build --strict --site-dir build/offline
	cd build/offline && rm -f ../playbook-social-hors-ligne.zip && $(BIN)/python -m zipfile -c ../playbook-social-hors-ligne.zip .
	@echo "Site hors ligne : build/playbook-social-hors-ligne.zip (ouvrez index.html après l’avoir décompressé)."

# One offline build serves both packages: the launch page speaks the API the LMS offers; only the
# manifest and its definition files differ.
scorm: setup
	rm -rf build/scorm
	PLAYBOOK_OFFLINE=true PLAYBOOK_SCORM=auto $(BIN)/mkdocs build --strict --site-dir build/scorm
	$(BIN)/python -m playbook.lms.scorm build/scorm --version 1.2 -o build/playbook-social-scorm12.zip
	$(BIN)/python -m playbook.lms.scorm build/scorm --version 2004 -o build/playbook-social-scorm2004.zip
	@echo "Déposez l’un de ces paquets dans votre plateforme de formation (LMS), selon la version de SCORM qu’elle accepte."

clean:
	rm -rf site build test-results .pytest_cache
