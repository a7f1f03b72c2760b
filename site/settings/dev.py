"""Local development: debug on, a fixed secret key, emails printed to the console."""

import os

from carers_site.settings.base import *  # noqa: F403
from carers_site.settings.base import env_list

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The page cache is off while developing, so a template change shows at once; PAGE_CACHE_SECONDS=600 turns it on.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
# Missing pages show the site's own 404 page (templates/404.html), as in production, not Django's debug page: see
# carers_site/dev/not_found.py for why.
MIDDLEWARE = [*MIDDLEWARE, "carers_site.dev.not_found.SiteNotFoundPageMiddleware"]  # noqa: F405
