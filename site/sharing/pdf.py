"""The one PDF engine (WeasyPrint) behind family packs and leaflets: tagged PDF/UA-1, local files only.

PDF/UA-1 gives screen readers the title, language, headings, lists, reading order and the QR code's alt text
(tests/sharing/test_pdf_accessibility.py checks the files with veraPDF, an independent checker). Two things the
site's HTML does that WeasyPrint's tagging cannot follow are changed on the way in (``prepare_html``):

- An element inside a link (``<a><span class="app-phone">999</span></a>``) gets a second link annotation of its
  own, tagged as a Span, which PDF/UA forbids: a link's content becomes plain text.
- WeasyPrint ignores ``unicode-bidi: isolate``, so numbers, links and names isolated by CSS on the screen
  (``.app-phone``, the short link, ``<bdi>``) would be reordered inside Urdu text: they are wrapped in Unicode's
  isolate characters instead.
"""

import mimetypes
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation

#: Tagged PDF/UA-1 for every PDF the site makes.
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1"}

LEFT_TO_RIGHT_ISOLATE, FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2066", "\u2068", "\u2069"


def static_files_only(static_prefix):
    """A WeasyPrint URL fetcher that serves our own static files from disk and refuses everything else, so
    making a PDF never sends a request anywhere (not even to this server)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesOnly(URLFetcher):
        def fetch(self, url, headers=None):
            path = local_static_file(url, static_prefix)
            if path is None:
                raise ValueError(f"PDFs only use local static files, not {url}")
            content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
            with open(path, "rb") as file:
                return URLFetcherResponse(url, file.read(), {"Content-Type": content_type})

    return StaticFilesOnly()


def local_static_file(url, static_prefix):
    """The file on disk behind one of our static files' URLs, or None for any other URL."""
    if not url.startswith(static_prefix):
        return None
    name = unquote(urlsplit(url[len(static_prefix) :]).path)
    if not name or name.startswith("/") or ".." in name.split("/"):
        return None
    try:
        found = finders.find(name)  # the apps' own static folders
        if found is None and staticfiles_storage.exists(name):  # collected files, with hashed names in production
            found = staticfiles_storage.path(name)
        return found
    except (NotImplementedError, SuspiciousFileOperation):  # storage with no local files, or a path outside it
        return None


def prepare_html(html):
    """The page's HTML as WeasyPrint can tag it (see the module's docstring)."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.select(".app-phone, .app-pack-box__url, bdi"):
        isolate = LEFT_TO_RIGHT_ISOLATE if element.name != "bdi" else FIRST_STRONG_ISOLATE
        element.insert(0, isolate)
        element.append(POP_ISOLATE)
    for link in soup.select("a[href]"):
        for child in link.find_all(True):
            child.unwrap()
    return str(soup)


def write_pdf(html, base_url, static_prefix):
    """PDF bytes from a whole HTML document, and how many pages they have."""
    from weasyprint import HTML

    document = HTML(string=prepare_html(html), base_url=base_url, url_fetcher=static_files_only(static_prefix))
    rendered = document.render(**PDF_OPTIONS)
    return rendered.write_pdf(**PDF_OPTIONS), len(rendered.pages)
