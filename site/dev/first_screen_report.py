"""What a phone shows first, and what each page costs in SQL: a report, not a test.

For one live page of each type, in English and Urdu, it opens the page in Debian's Chromium at 360 x 640 and
records where the page's own heading starts and whether the urgent numbers can be tapped without scrolling,
with a screenshot of the first screen. Then it counts the SQL queries of a few key pages (uncached, second
request, so one-off warm-up queries are not counted).

    DATABASE_URL=sqlite:///var/db.sqlite3 .venv/bin/python -m carers_site.dev.first_screen_report \
        --base-url http://127.0.0.1:8000 --out var/first-screen

The server at --base-url must serve the same database. Prints two tables and writes report.json to --out.
"""

import argparse
import json
import os
import sys
from pathlib import Path

SCREEN = {"width": 360, "height": 640}
LANGUAGES = ("en", "ur")
EXTRA_URLS = {"Search": "/search/?q=respite"}
QUERY_PAGES = ("HomePage", "GuidancePage", "DirectoryIndexPage", "ResourceIndexPage", "Search")

# Where the heading is and which urgent numbers are on the first screen; run inside the page.
MEASURE = r"""() => {
  const heading = document.querySelector("main h1");
  const top = heading ? Math.round(heading.getBoundingClientRect().top + window.scrollY) : null;
  const calls = [...document.querySelectorAll(".app-crisis a[href^='tel:']")];
  const onScreen = calls.filter((a) => {
    const r = a.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });
  return {heading_top: top, urgent_on_first_screen: onScreen.map((a) => a.innerText.replace(/\s+/g, " ").trim())};
}"""


def page_urls():
    """{language: {page type: url}}: the first live, public, non-alias page of each type in each language."""
    from wagtail.models import Page, get_page_models

    urls = {}
    pages = Page.objects.live().public().filter(alias_of__isnull=True).select_related("locale").specific()
    for page in pages.order_by("path"):
        code = page.locale.language_code
        if code in LANGUAGES and page.url:
            urls.setdefault(code, {}).setdefault(type(page).__name__, page.url)
    for code in LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        for name, url in EXTRA_URLS.items():
            urls.setdefault(code, {})[name] = prefix + url
        # Listing pages work under every language's prefix, translated or not (HomePage.route).
        for name, url in urls["en"].items():
            model = next((m for m in get_page_models() if m.__name__ == name), None)
            if code != "en" and getattr(model, "lists_every_language", False):
                urls[code].setdefault(name, prefix + url)
    return urls


def measure_screens(base_url, urls, out):
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context(viewport=SCREEN)
        page = context.new_page()
        for code, by_type in urls.items():
            for kind, url in sorted(by_type.items()):
                page.goto(base_url + url)
                found = page.evaluate(MEASURE)
                shot = out / f"{code}-{kind}.png"
                page.screenshot(path=str(shot))
                rows.append({"language": code, "page_type": kind, "url": url, "screenshot": str(shot), **found})
        browser.close()
    return rows


def count_queries(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    rows = []
    for code, by_type in urls.items():
        for kind in QUERY_PAGES:
            url = by_type.get(kind)
            if url is None:
                continue
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                status = client.get(url).status_code
            rows.append({"language": code, "page_type": kind, "url": url, "status": status, "queries": len(queries)})
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="a running server on the same database")
    parser.add_argument("--out", default="var/first-screen", help="folder for screenshots and report.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carers_site.settings.dev")
    os.environ.setdefault("PAGE_CACHE_SECONDS", "0")
    import django

    django.setup()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    urls = page_urls()
    screens = measure_screens(args.base_url.rstrip("/"), urls, out)
    print(f"{'lang':4} {'page type':22} {'heading top':>11}  urgent numbers on the first screen")
    for row in screens:
        urgent = ", ".join(row["urgent_on_first_screen"]) or "-"
        print(f"{row['language']:4} {row['page_type']:22} {row['heading_top']!s:>11}  {urgent}")
    queries = count_queries(urls)
    print(f"\n{'lang':4} {'page type':22} {'status':>6} {'queries':>7}")
    for row in queries:
        print(f"{row['language']:4} {row['page_type']:22} {row['status']:>6} {row['queries']:>7}")
    (out / "report.json").write_text(json.dumps({"screens": screens, "queries": queries}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
