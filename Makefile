# Carers Directory: `make run` brings up the site with demo content; `make test` runs every test.
# Both set up what they need on a fresh Debian machine (virtualenv, Python packages, Chromium). `make run` installs
# only what running needs and prints a few lines of progress: the details go to var/setup.log.

PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
SETUP_LOG := var/setup.log
# $(call logged,command): run it with its output added to var/setup.log; if it fails, show the log's end and stop.
logged = mkdir -p var && { $(1); } >>$(SETUP_LOG) 2>&1 || { status=$$?; tail -n 30 $(SETUP_LOG); \
	echo "That failed: the details are in $(SETUP_LOG)."; exit $$status; }
# $(call apt_install,packages): Debian packages, quietly (sudo asks for a password first, on the terminal).
apt_install = $(SUDO) true && $(call logged,$(SUDO) apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(1))

.PHONY: run test test-fast install install-test system-test-packages system-audio-packages system-pdf-packages pdf-checker \
	system-server-packages lint css clean

# The database and demo content are set up quietly (var/setup.log). Then manage.py serve_demo runs runserver, the
# worker that makes audio drafts of pages and, every 5 minutes as cron does in production, the publishing of
# scheduled pages (news going live, events expiring); their output goes to var/worker.log. It prints the address
# and the demo logins last, and Ctrl-C stops all of it.
run: install system-audio-packages system-pdf-packages
	@echo "Setting up the database and the demo content (details in $(SETUP_LOG))..."
	@$(call logged,$(PY) manage.py migrate --noinput)
	@$(call logged,$(PY) manage.py load_demo --with-admin)
	@$(PY) manage.py serve_demo $(HOST):$(PORT)

# Every test on SQLite (the embedded default) and, at the same time on the second core, the tests marked `postgres`
# (models, search, forms, imports, caching) again on a real PostgreSQL server started on 127.0.0.1 for the run
# (site/dev/postgres_server.py), as production runs; the search-server and browser tests are not repeated there, as
# they do not depend on the database. The PostgreSQL leg's output is shown when both have finished. Markers
# (browser, system, postgres, search_server) are declared in pyproject.toml; PYTEST_ARGS='-m "not browser"' etc.
POSTGRES_TESTS ?= -m "postgres and not browser and not search_server"
test: install-test system-test-packages system-audio-packages system-pdf-packages system-server-packages pdf-checker
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(PY) -m carers_site.dev.search_server fetch
	@mkdir -p var
	@echo "The PostgreSQL leg runs alongside (var/test-postgres.log, shown at the end)."
	@$(PY) -m carers_site.dev.postgres_server run --fast -- $(VENV)/bin/pytest -p no:cacheprovider $(POSTGRES_TESTS) \
		>var/test-postgres.log 2>&1 & postgres=$$!; \
	trap 'kill $$postgres 2>/dev/null' INT TERM; \
	$(VENV)/bin/pytest --durations=15 $(PYTEST_ARGS); sqlite=$$?; \
	wait $$postgres; pg=$$?; \
	echo; echo "======== PostgreSQL leg (var/test-postgres.log) ========"; cat var/test-postgres.log; \
	echo; echo "SQLite leg: $$([ $$sqlite = 0 ] && echo passed || echo FAILED). PostgreSQL leg: $$([ $$pg = 0 ] && echo passed || echo FAILED)."; \
	[ $$sqlite = 0 ] && [ $$pg = 0 ]

# The quick loop while editing (a few minutes): no browser, no servers of the tests' own, no search server.
test-fast: install-test
	$(VENV)/bin/pytest -m "not browser and not system and not search_server" --durations=15 $(PYTEST_ARGS)

# `install`: the packages the site needs to run; `install-test`: those and the test tools (pytest, Playwright, ruff).
install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) --version >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)."; exit 1; }
	@echo "Installing the Python packages into $(VENV) (a few minutes the first time; details in $(SETUP_LOG))..."
	@$(call logged,[ -x $(PY) ] || $(PYTHON) -m venv $(VENV))
	@$(call logged,$(PY) -m pip install --upgrade --progress-bar off pip)
	@$(call logged,$(PY) -m pip install --progress-bar off -e .)
	@touch $@

# The test extras include everything `install` does, so its stamp is renewed too.
$(VENV)/.installed-test: pyproject.toml
	@$(PYTHON) --version >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)."; exit 1; }
	@echo "Installing the Python packages and the test tools into $(VENV) (details in $(SETUP_LOG))..."
	@$(call logged,[ -x $(PY) ] || $(PYTHON) -m venv $(VENV))
	@$(call logged,$(PY) -m pip install --upgrade --progress-bar off pip)
	@$(call logged,$(PY) -m pip install --progress-bar off -e ".[test]")
	@touch $@ $(VENV)/.installed

# Browser tests drive Debian's Chromium (never a downloaded browser); search tests run a real
# Elasticsearch server (and an OpenSearch one) fetched from Maven Central (needs Java 17 and Maven, present on the
# project's machines); Elasticsearch's test zip gets our own analysis plugin, compiled with the JDK's javac.
system-test-packages:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "Installing Debian's chromium for the browser tests (details in $(SETUP_LOG))..."; \
		$(call apt_install,chromium fonts-dejavu-core); \
	fi
	@# The interface translation tests read the code with GNU gettext, as `make messages` does.
	@if ! command -v xgettext >/dev/null || ! command -v msgmerge >/dev/null; then \
		echo "Installing Debian's gettext for the interface translation tests (details in $(SETUP_LOG))..."; \
		$(call apt_install,gettext); \
	fi

# The production servers the tests start on 127.0.0.1: PostgreSQL and Redis, from Debian.
system-server-packages:
	@if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || ! command -v redis-server >/dev/null; then \
		echo "Installing Debian's PostgreSQL and Redis for the production tests (details in $(SETUP_LOG))..."; \
		$(call apt_install,postgresql redis-server); \
	fi

# Computer-read audio drafts of pages: Debian's espeak-ng speaks the text and ffmpeg encodes it to MP3.
system-audio-packages:
	@if ! command -v espeak-ng >/dev/null || ! command -v ffmpeg >/dev/null; then \
		echo "Installing Debian's espeak-ng and ffmpeg for the audio versions of pages (details in $(SETUP_LOG))..."; \
		$(call apt_install,espeak-ng ffmpeg); \
	fi

# Family packs are made into PDF by WeasyPrint, which lays out text with Debian's Pango and HarfBuzz;
# the Noto fonts have the letters of Urdu, Bengali, Punjabi and Gujarati (DejaVu has none or some).
system-pdf-packages:
	@if ! ldconfig -p | grep -q libpangoft2-1.0.so.0 || ! ldconfig -p | grep -q libharfbuzz-subset.so.0 \
		|| [ ! -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ]; then \
		echo "Installing Debian's Pango, HarfBuzz and Noto fonts for family-pack PDFs (details in $(SETUP_LOG))..."; \
		$(call apt_install,libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-noto-core); \
	fi

# veraPDF, the PDF Association's independent PDF/UA checker, from Maven Central (its jars only, into var/verapdf/lib),
# for the tests that check family packs and leaflets are accessible PDFs (tests/sharing/test_pdf_accessibility.py).
VERAPDF_LIB := var/verapdf/lib
pdf-checker:
	@if [ ! -f $(VERAPDF_LIB)/.complete ]; then \
		echo "Fetching veraPDF from Maven Central for the PDF accessibility tests (details in $(SETUP_LOG))..."; \
		if ! command -v mvn >/dev/null || ! command -v java >/dev/null; then \
			$(call apt_install,maven default-jre-headless); \
		fi; \
		$(call logged,mvn -B -q -f tests/sharing/verapdf/pom.xml \
			org.apache.maven.plugins:maven-dependency-plugin:2.8:copy-dependencies \
			-DoutputDirectory=$(CURDIR)/$(VERAPDF_LIB) && touch $(VERAPDF_LIB)/.complete); \
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

lint: install-test
	$(VENV)/bin/ruff check .

# Search benchmark (not a test; site/dev/benchmark_search.py): search latency on every backend (the database backend
# on SQLite and PostgreSQL, Elasticsearch, OpenSearch) at 10,000 generated services, Find local help by postcode, and
# relevance (MRR, top 3) on the demo; writes var/benchmark/benchmark-search-<date>.json. About 20 minutes on 2 cores.
# BENCHMARK_ARGS="--large" adds SQLite and Elasticsearch at 100,000 services (generating them takes most of an hour).
# benchmark-site: the production benchmark: gunicorn with production settings on SQLite and PostgreSQL, with Redis
# and Elasticsearch, measured with wrk on loopback (site/dev/benchmark.py); writes benchmark-<date>.json. About 13
# minutes (BENCHMARK_ARGS=--quick: about 4). Installs Debian's wrk, redis-server and postgresql if missing.
# benchmark-peer: cold render of our home, guidance, service and directory pages against wagtail/bakerydemo's home
# page, served side by side (site/dev/benchmark_peer.py); prints the ratios and writes benchmark-peer-<date>.json. It
# builds bakerydemo once in var/benchmark/peer/ from a clone: BAKERYDEMO_SOURCE=DIR (git clone
# https://github.com/wagtail/bakerydemo); about 8 minutes after that. Same as BENCHMARK_ARGS="--peer --peer-source DIR".
.PHONY: benchmark benchmark-site benchmark-peer
benchmark: install system-server-packages
	$(PY) -m carers_site.dev.search_server fetch
	$(PY) -m carers_site.dev.benchmark_search $(BENCHMARK_ARGS)

benchmark-site: install
	$(PY) -m carers_site.dev.benchmark $(BENCHMARK_ARGS)

benchmark-peer: install
	$(PY) -m carers_site.dev.benchmark --peer $(BENCHMARK_ARGS)

# Rebuild the committed stylesheet from NHS.UK frontend (needs Node.js; not needed to run the site).
css:
	npm install --no-audit --no-fund
	npm run build:css

clean:
	rm -rf $(VENV) var
