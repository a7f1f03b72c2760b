"""Production: everything from the environment, HTTPS enforced. README "Production" lists the variables.

Needs SECRET_KEY and ALLOWED_HOSTS; DATABASE_URL (PostgreSQL), REDIS_URL, SEARCH_URL, MEDIA_STORAGE and the
EMAIL_* variables are read by base.py. `manage.py check --deploy` is clean with these settings
(tests/site/test_production_settings.py).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from carers_site.settings.base import *  # noqa: F403
from carers_site.settings.base import require_secret_key

require_secret_key()
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("Set the ALLOWED_HOSTS environment variable to the site's host names.")

DEBUG = False
# Behind a proxy or load balancer that ends HTTPS and says so in X-Forwarded-Proto. SECURE_SSL_REDIRECT=0 is
# only for a proxy that redirects to HTTPS itself (and for the benchmark on loopback).
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") != "0"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
