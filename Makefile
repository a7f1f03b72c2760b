# Carers Directory: `make run` brings up the site with demo content; `make test` runs every test.
# Both set up what they need on a fresh Debian machine (virtualenv, Python packages, Chromium).

PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run test install system-test-packages system-audio-packages system-pdf-packages system-server-packages \
	lint css clean

run: install system-audio-packages system-pdf-packages
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --with-admin
	@echo "Carers Directory: http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@# Audio drafts of pages are made by a background worker, and scheduled pages (news going live, events
	@# expiring) are published every 5 minutes, as cron does in production; both stop with the server.
	$(PY) manage.py db_worker --backend audio --no-reload & worker=$$!; \
		( while true; do $(PY) manage.py publish_scheduled >/dev/null; sleep 300; done ) & scheduler=$$!; \
		trap 'kill $$worker $$scheduler 2>/dev/null' EXIT; trap 'exit 130' INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT)

# Every test on SQLite (the embedded default), then the tests of models, search, forms and imports again on a
# real PostgreSQL server started on 127.0.0.1 for the run (site/postgres_server.py), as production runs.
# POSTGRES_TESTS='-m "not browser" tests/' runs every non-browser test there (about 40 minutes more).
POSTGRES_TESTS ?= -m "not browser" tests/test_directory.py tests/test_api.py tests/test_events.py \
	tests/test_moderation.py tests/test_page_cache.py tests/test_measures.py tests/test_gap_map.py \
	tests/test_search.py tests/test_feedback.py tests/test_problems.py tests/test_import.py tests/test_pages.py
test: install system-test-packages system-audio-packages system-pdf-packages system-server-packages
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(PY) -m search.search_server fetch
	$(VENV)/bin/pytest $(PYTEST_ARGS)
	$(PY) -m carers_site.postgres_server run --fast -- $(VENV)/bin/pytest -p no:cacheprovider $(POSTGRES_TESTS)

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
	@# The interface translation tests read the code with GNU gettext, as `make messages` does.
	@if ! command -v xgettext >/dev/null || ! command -v msgmerge >/dev/null; then \
		echo "Installing Debian's gettext for the interface translation tests..."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gettext; \
	fi

# The production servers the tests start on 127.0.0.1: PostgreSQL and Redis, from Debian.
system-server-packages:
	@if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || ! command -v redis-server >/dev/null; then \
		echo "Installing Debian's PostgreSQL and Redis for the production tests..."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql redis-server; \
	fi

# Computer-read audio drafts of pages: Debian's espeak-ng speaks the text and ffmpeg encodes it to MP3.
system-audio-packages:
	@if ! command -v espeak-ng >/dev/null || ! command -v ffmpeg >/dev/null; then \
		echo "Installing Debian's espeak-ng and ffmpeg for the audio versions of pages..."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq espeak-ng ffmpeg; \
	fi

# Family packs are made into PDF by WeasyPrint, which lays out text with Debian's Pango and HarfBuzz;
# the Noto fonts have the letters of Urdu, Bengali, Punjabi and Gujarati (DejaVu has none or some).
system-pdf-packages:
	@if ! ldconfig -p | grep -q libpangoft2-1.0.so.0 || ! ldconfig -p | grep -q libharfbuzz-subset.so.0 \
		|| [ ! -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ]; then \
		echo "Installing Debian's Pango, HarfBuzz and Noto fonts for family-pack PDFs..."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
			libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-noto-core; \
	fi

# Interface translations (locale/): update every catalogue from the code and compile the .mo files, which are
# committed so the site runs without gettext. Then translate the new strings (see locale/README.md).
.PHONY: messages
messages: install
	@if ! command -v xgettext >/dev/null || ! command -v msgmerge >/dev/null; then \
		echo "Installing Debian's gettext to read the interface text..."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gettext; \
	fi
	$(PY) manage.py interface_messages

lint: install
	$(VENV)/bin/ruff check .

# Production benchmark (not a test): gunicorn with production settings on SQLite and PostgreSQL, with Redis and
# OpenSearch, measured with wrk on loopback; prints a table and writes var/benchmark/benchmark-<date>.json. About
# 13 minutes on 2 cores (BENCHMARK_ARGS=--quick: about 4). Installs Debian's wrk, redis-server and postgresql if missing.
.PHONY: benchmark
benchmark: install
	$(PY) -m carers_site.benchmark $(BENCHMARK_ARGS)

# Rebuild the committed stylesheet from NHS.UK frontend (needs Node.js; not needed to run the site).
css:
	npm install --no-audit --no-fund
	npm run build:css

clean:
	rm -rf $(VENV) var
