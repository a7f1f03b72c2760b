import pytest
from wagtail.models import Page, Site

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS
from tests.factories.directory import CrisisLineFactory
from tests.factories.site import HomePageFactory

SEARCH_SERVER_FIXTURES = {"elasticsearch_url", "opensearch_url"}


def pytest_collection_modifyitems(items):
    """Tests that run on a real search server (Elasticsearch or OpenSearch) are marked ``search_server``, so
    `make test`'s PostgreSQL leg can leave them out (the search server's answers do not depend on the database)."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_search_server = callspec is not None and callspec.params.get("search_backend", "database") != "database"
        if on_search_server or SEARCH_SERVER_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.search_server)


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """For a test that asks for ``demo`` on SQLite, the demo database goes in before pytest-django opens the test's
    transaction, and comes out after that transaction is rolled back (see tests/demo_database.py)."""
    if fixturedef.argname == "_django_db_helper" and "demo" in request.fixturenames:
        from tests.demo_database import demo_database

        if demo_database.usable():
            blocker = request.getfixturevalue("django_db_blocker")
            with blocker.unblock():
                demo_database.put_in_place()
            fixturedef.addfinalizer(lambda: take_away_demo(blocker))
    return (yield)


def take_away_demo(blocker):
    from tests.demo_database import demo_database

    with blocker.unblock():
        demo_database.take_away()


@pytest.fixture
def demo(db):
    """The demo site (``load_demo --with-admin``) in the test database; the value is the loader's output."""
    from tests.demo_database import demo_database, load_demo_here

    if demo_database.usable():
        return demo_database.output
    return load_demo_here()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (the locmem cache otherwise outlives the test's database)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def english_to_start_with():
    """Each test starts in English: a test that renders a Welsh or Urdu page leaves that language active in the
    thread, and the next test would otherwise read its labels in Urdu."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    """Tests see pages made for them: some move the clock ("Open now") or count queries between requests.
    tests/caching/test_page_cache.py turns the page cache on; the production demo server runs with it on."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium for a module's browser tests. One per module, not per session: while Playwright runs
    its event loop, Django refuses database calls, which the module's other tests need."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """One demo server (runserver with the dev settings) shared by every browser test module:
    (base URL, page URLs by language and type, its folder). See tests/demo_server.py."""
    from tests.demo_server import SHARED_SETUP, demo_server

    workdir = tmp_path_factory.mktemp("demo-site")
    with demo_server(workdir, setup_script=SHARED_SETUP) as (base_url, page_urls):
        yield base_url, page_urls, workdir


@pytest.fixture(scope="session")
def migrated_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A migrated SQLite database file, made once per run for the tests that start their own site in a process of
    its own (gunicorn, backup and restore): a copy of the test database, which is migrated already, instead of
    ``manage.py migrate`` (about 40 seconds) for each. Copy it; do not change it."""
    import sqlite3

    from django.db import connection

    path = tmp_path_factory.mktemp("migrated") / "db.sqlite3"
    with django_db_blocker.unblock():
        if connection.vendor != "sqlite":
            pytest.skip("needs the SQLite test database")
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
    return path


@pytest.fixture
def home(db):
    """A home page as the default site's root, in place of Wagtail's "Welcome" page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="carers-home")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def crisis_lines(db):
    return [
        CrisisLineFactory(name="Emergency services", phone="999", sort_order=1),
        CrisisLineFactory(name="Samaritans", phone="116 123", sort_order=2),
        CrisisLineFactory(name="Shout", phone="", text_number="85258", text_message="SHOUT", sort_order=3),
        CrisisLineFactory(
            name="Carers advice line", phone="020 8554 0490", open_24_7=False, hours="Mon-Fri 9am-5pm", sort_order=4
        ),
    ]


def search_server_session(engine):
    from carers_site.dev.search_server import QUICK_START, running_server

    # The JIT's quick tier only: starts in about half the time, for slightly slower queries (fine for tests).
    # Files in memory: the many index and mapping changes the tests make skip the disk syncs.
    with running_server(java_opts=QUICK_START, engine=engine, in_memory=True) as url:
        yield url


@pytest.fixture(scope="session")
def elasticsearch_url():
    """A real Elasticsearch server (the site's default engine) for the whole test session, with our analysis
    plugin (see site/dev/search_server.py)."""
    yield from search_server_session("elasticsearch")


@pytest.fixture(scope="module")
def opensearch_url():
    """A real OpenSearch server for a test module (tests/search/test_opensearch.py), stopped after it."""
    yield from search_server_session("opensearch")


@pytest.fixture(params=["database", "elasticsearch"])
def search_backend(request, settings):
    """Runs a test once on Wagtail's database backend and once on a real Elasticsearch server. The test's indexes
    are deleted afterwards: hundreds of them left in a small heap would slow the server for every later test."""
    database = settings.DATABASE_SEARCH_BACKEND
    if request.param == "database":
        settings.WAGTAILSEARCH_BACKENDS = {"default": database}
        yield request.param
        return
    url = request.getfixturevalue("elasticsearch_url")
    prefix = f"test_{request.node.name.lower()[:40].replace('[', '_').replace(']', '')}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 10,
        },
        "database": database,
    }
    yield request.param
    delete_indexes(url, prefix)


def delete_indexes(url, prefix):
    """Delete the indexes whose names start with prefix, by name (Elasticsearch refuses wildcard deletions)."""
    import urllib.parse
    import urllib.request

    from carers_site.dev.search_server import get_json

    query = urllib.parse.quote(f"{prefix}*")
    names = [row["index"] for row in get_json(f"{url}/_cat/indices/{query}?format=json&h=index", timeout=30)]
    if names:
        request = urllib.request.Request(f"{url}/{','.join(names)}", method="DELETE")
        urllib.request.urlopen(request, timeout=30).close()
