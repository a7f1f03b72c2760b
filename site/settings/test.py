"""Tests: fast hashing, in-memory cache and email, plain static storage."""

from carers_site.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Each page view is written at once (measures.py), so a test reads the count straight after a request; the tests of
# the buffered counting (tests/reports/test_measures.py) turn the buffer on.
PAGE_VIEWS_FLUSH_SECONDS = 0
# Audio drafts are made inside the test, with the real espeak-ng and ffmpeg, instead of waiting for a worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "audio": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# Static files from the apps' folders (no collectstatic before the tests), as in development.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# django-axes refuses authenticate() without a request, which the test client's login() does;
# tests/core/test_security.py turns it back on to test the sign-in lock-out.
AXES_ENABLED = False
# A search server that fails is asked again at the next search, so one test's outage never changes another's results;
# tests/search/test_search_outage.py turns the pause back on to test it.
SEARCH_RETRY_SECONDS = 0
