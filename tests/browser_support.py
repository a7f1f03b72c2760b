"""What the browser tests share: Debian's Chromium (never a downloaded browser) and axe-core's WCAG checks.

The ``browser`` fixture itself is in conftest.py.
"""

import os
import time

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason="needs Debian's chromium (make test installs it)"
)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def wcag_violations(page):
    """axe-core's WCAG 2.x A and AA violations on the page as it is now (a list of axe's violation dicts)."""
    from axe_playwright_python.sync_playwright import Axe

    return Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}}).response["violations"]


def wait_until(page, expression, arg=None, timeout=10_000):
    """Like ``page.wait_for_function``, polling from here with ``page.evaluate``: Playwright's own polling evaluates
    the expression as a string inside the page, which the site's Content Security Policy (no 'unsafe-eval') blocks."""
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout} ms waiting for: {expression}")
        page.wait_for_timeout(100)
