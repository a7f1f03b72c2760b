"""QR codes for short links, made on the server with segno and cached, as PNG bytes or SVG markup."""

import hashlib
import io

import segno
from django.core.cache import cache

#: Medium error correction survives a crease or a smudge on paper and keeps the code small.
ERROR_CORRECTION = "m"
CACHE_SECONDS = 60 * 60 * 24 * 30


def _cached(kind, url, make):
    key = "qr:" + hashlib.sha256(f"{kind}\n{url}".encode()).hexdigest()
    value = cache.get(key)
    if value is None:
        value = make()
        cache.set(key, value, CACHE_SECONDS)
    return value


def qr_png(url, scale=8):
    """The QR code for ``url`` as a PNG: black on white, with the four-module quiet zone scanners need."""

    def make():
        buffer = io.BytesIO()
        segno.make(url, error=ERROR_CORRECTION, micro=False).save(buffer, kind="png", scale=scale, border=4)
        return buffer.getvalue()

    return _cached(f"png{scale}", url, make)


def qr_svg(url, title=""):
    """The QR code for ``url`` as SVG markup to put inline in a page or a PDF (sized by CSS, 1 unit a module)."""

    def make():
        buffer = io.BytesIO()
        segno.make(url, error=ERROR_CORRECTION, micro=False).save(
            buffer, kind="svg", border=4, light="#fff", xmldecl=False, svgns=True, omitsize=True, title=title or None
        )
        return buffer.getvalue().decode()

    return _cached(f"svg:{title}", url, make)
