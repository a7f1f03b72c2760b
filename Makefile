# Carers Directory: `make run` brings up the site with demo content; `make test` runs every test.
# Both set up what they need on a fresh Debian machine (virtualenv, Python packages, Chromium).

PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run test install system-test-packages lint css clean

run: install
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --with-admin
	@echo "Carers Directory: http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install system-test-packages
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(PY) -m search.search_server fetch
	$(VENV)/bin/pytest $(PYTEST_ARGS)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) --version >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)."; exit 1; }
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --progress-bar on -e ".[test]"
	@touch $@

# Browser tests drive Debian's Chromium (never a downloaded browser); search tests run a real
# OpenSearch server fetched from Maven Central (needs Java 17 and Maven, present on the project's machines).
system-test-packages:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "Installing Debian's chromium for the browser tests..."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-dejavu-core; \
	fi

lint: install
	$(VENV)/bin/ruff check .

# Rebuild the committed stylesheet from NHS.UK frontend (needs Node.js; not needed to run the site).
css:
	npm install --no-audit --no-fund
	npm run build:css

clean:
	rm -rf $(VENV) var
