"""Settings safe for production: DEBUG off, secrets and hosts from the environment.

dev.py and test.py relax these; production.py tightens them.
"""

import os
import sys
from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent  # the repository


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = os.environ.get("DEBUG", "") == "1"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "carers_site",
    "directory",
    "resources",
    "search",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files, compressed and with hashed names, straight from STATIC_ROOT before anything else runs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Security headers come before the page cache, so pages it answers get the current headers too (its kept
    # copies hold none of them), and after WhiteNoise, which answers static files before anything else runs. The
    # Content Security Policy is chosen by area (security.py): strict, with no nonce, on the public site.
    "carers_site.core.security.PermissionsPolicyMiddleware",
    "carers_site.core.security.ContentSecurityPolicyMiddleware",
    # Pages are gzipped (with Django's BREACH mitigation); ETags let browsers and CDNs revalidate with a 304.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # NUL characters out of query strings: PostgreSQL refuses them in any query (carers_site/core/query_strings.py).
    "carers_site.core.query_strings.DropNulCharactersMiddleware",
    # Before anything reads a post: refuses one too big (413) or in an unreadable character set (400).
    "carers_site.core.request_limits.RequestLimitsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Pages for visitors with no session come from the page cache, and every page gets its Cache-Control.
    "carers_site.caching.page_cache.PageCacheMiddleware",
    # The site and its settings from what this process keeps (site_wide.py), for pages the cache did not answer.
    "carers_site.core.site_wide.SiteWideMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lock-out page (HTTP 429).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "carers_site.urls"
WSGI_APPLICATION = "carers_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default so the site runs with no database server; set DATABASE_URL
# (e.g. postgres://user:pass@host/db) for PostgreSQL.
DATABASES = {
    # Connections are kept between requests, and checked before a request uses one again, so a database server
    # that restarted costs a new connection, not an error page.
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}", conn_max_age=600, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3") and DATABASES["default"]["NAME"] not in ("", ":memory:"):
    # SQLite makes the file but not its folder: in a fresh clone there is no var/ yet ("unable to open database file").
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses sign-ins while a username is locked out at an IP address (see "Sign-in lock-out").
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source; the others are the communities of the seed boroughs.
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", "English"),
    ("cy", "Cymraeg"),
    ("pl", "Polski"),
    ("ur", "اردو"),
    ("bn", "বাংলা"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("gu", "ગુજરાતી"),
    ("so", "Soomaali"),
    ("tr", "Türkçe"),
    ("ro", "Română"),
    ("lt", "Lietuvių"),
]
WAGTAIL_I18N_ENABLED = True
# Sending a live English page for translation makes a draft, not a live page in English under /ur/:
# a translation goes live when an editor publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
PHONENUMBER_REGION = "GB"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Uploads are served by the site itself, public ones only (carers_site/privacy/media.py); browsers and a CDN may keep
# a public file this many seconds.
MEDIA_MAX_AGE = int(os.environ.get("MEDIA_MAX_AGE", "600"))
# Media (uploads) on the file system by default; MEDIA_STORAGE=s3 puts them on S3-compatible object storage
# (AWS S3, MinIO, DigitalOcean Spaces...) through django-storages, configured by the AWS_* variables below.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "filesystem":
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
elif MEDIA_STORAGE == "s3":
    DEFAULT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("AWS_STORAGE_BUCKET_NAME", ""),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            # Files are private in the bucket and served through signed links that expire, so documents for
            # professionals stay private; nothing is overwritten by an upload with the same name.
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
    if not DEFAULT_STORAGE["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
else:
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'filesystem' or 's3', not {MEDIA_STORAGE!r}.")
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed static file names never change content, so browsers and CDNs may keep them for a year (WhiteNoise).
WHITENOISE_MAX_AGE = 365 * 24 * 60 * 60

# Cache: Redis when REDIS_URL is set (redis://127.0.0.1:6379/0), shared by every web server process and
# machine. Otherwise files under var/cache, shared by the processes on one machine, so a page purged on
# publish is purged for every gunicorn worker (a per-process memory cache could not do that); its counters (the
# forms' sending limits) are made atomic across those processes by carers_site/core/file_cache.py.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "carers_site.core.fail_open_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "carers"),
            "TIMEOUT": 24 * 60 * 60,
            # A Redis that does not answer costs at most this long, then the site goes on without it for
            # CACHE_RETRY_SECONDS (carers_site/core/fail_open_cache.py).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "carers_site.core.fail_open_cache.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "TIMEOUT": 24 * 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Either cache fails open: while it is down or read-only every page is made without it (fail_open_cache.py), and
# it is tried again every CACHE_RETRY_SECONDS.
CACHE_RETRY_SECONDS = float(os.environ.get("CACHE_RETRY_SECONDS", "5"))

# Page cache (page_cache.py): whole pages for visitors who are not signed in, kept in the cache above for this many
# seconds and purged when they change; 0 turns it off. CDNs may keep them as long (s-maxage), browsers for
# PAGE_BROWSER_MAX_AGE seconds before asking again (a 304 when nothing changed).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_BROWSER_MAX_AGE = int(os.environ.get("PAGE_BROWSER_MAX_AGE", "300"))

# Page views (measures.py) are added up in each process's memory and written at most this many seconds after the
# first one not yet written, and when the process stops, so serving a page never waits on a write; 0 writes each
# view at once.
PAGE_VIEWS_FLUSH_SECONDS = float(os.environ.get("PAGE_VIEWS_FLUSH_SECONDS", "60"))

# What each process keeps of what every page shows (menu, crisis lines, view restrictions: site_wide.py) is built
# again when an editor changes it, and in any case after this many seconds, so a change whose notice the cache lost
# shows within a minute.
SITE_WIDE_KEEP_SECONDS = float(os.environ.get("SITE_WIDE_KEEP_SECONDS", "60"))


def frontend_cache_settings(environ):
    """WAGTAILFRONTENDCACHE for the CDN or caching proxy named by FRONTEND_CACHE_BACKEND, or None when there is none.

    http (Varnish, nginx...): FRONTEND_CACHE_LOCATION, e.g. http://127.0.0.1:8080, receives PURGE requests.
    cloudflare: CLOUDFLARE_ZONEID and CLOUDFLARE_BEARER_TOKEN (an API token allowed to purge the zone's cache).
    cloudfront: CLOUDFRONT_DISTRIBUTION_ID, with AWS credentials from the usual AWS_* variables.
    FRONTEND_CACHE_HOSTNAMES (optional, comma-separated) limits purges to those host names.
    """
    backend = environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
    if not backend:
        return None

    def required(name):
        value = environ.get(name, "").strip()
        if not value:
            raise ImproperlyConfigured(f"FRONTEND_CACHE_BACKEND={backend} needs {name}.")
        return value

    backends = "wagtail.contrib.frontend_cache.backends"
    if backend == "http":
        config = {"BACKEND": f"{backends}.HTTPBackend", "LOCATION": required("FRONTEND_CACHE_LOCATION")}
    elif backend == "cloudflare":
        config = {
            "BACKEND": f"{backends}.CloudflareBackend",
            "ZONEID": required("CLOUDFLARE_ZONEID"),
            "BEARER_TOKEN": required("CLOUDFLARE_BEARER_TOKEN"),
        }
    elif backend == "cloudfront":
        config = {"BACKEND": f"{backends}.CloudfrontBackend", "DISTRIBUTION_ID": required("CLOUDFRONT_DISTRIBUTION_ID")}
    else:
        raise ImproperlyConfigured(f"FRONTEND_CACHE_BACKEND must be http, cloudflare or cloudfront, not {backend!r}.")
    hostnames = [name.strip() for name in environ.get("FRONTEND_CACHE_HOSTNAMES", "").split(",") if name.strip()]
    if hostnames:
        config["HOSTNAMES"] = hostnames
    return {"default": config}


# CDN purges (wagtail.contrib.frontend_cache) when FRONTEND_CACHE_BACKEND is set. Each language's page is a page of
# its own, purged when it changes, so Wagtail is told not to purge every page under every language prefix.
if frontend_cache_settings(os.environ):
    WAGTAILFRONTENDCACHE = frontend_cache_settings(os.environ)
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Search: Wagtail's database backend (SQLite FTS5 / PostgreSQL full text) is the embedded default.
# Set SEARCH_URL (e.g. http://127.0.0.1:9200) to use a search server: Elasticsearch 8.x, or OpenSearch 2.x with
# SEARCH_ENGINE=opensearch. The database index is kept up to date too, so search falls back to it if the server
# is down (see search/services.py).
# SEARCH_URL may list the nodes of a cluster, comma-separated: a request that cannot reach a node goes to the
# next one, each node tried once. A node that does not answer within SEARCH_TIMEOUT seconds is not retried
# (the request may have done something already, like making an index): search then uses the database.
# SEARCH_REPLICAS copies of each shard are kept on other nodes (default 1 with several URLs, else 0; set it
# if one URL is a load balancer in front of several nodes).
# A search gives up on the server after SEARCH_TIMEOUT seconds (default 1) and answers from the database, which it
# then keeps doing for SEARCH_RETRY_SECONDS (default 30) before trying the server again (search/services.py).
# Commands that index many pages at once wait longer (SEARCH_INDEX_TIMEOUT, default 60).
INDEXING_COMMANDS = {"update_index", "rebuild_references_index", "load_demo", "import_services", "wagtail_update_index"}
RUNNING_COMMAND = sys.argv[1] if len(sys.argv) > 1 and Path(sys.argv[0]).name == "manage.py" else ""
SEARCH_TIMEOUT = float(
    os.environ.get("SEARCH_INDEX_TIMEOUT", "60")
    if RUNNING_COMMAND in INDEXING_COMMANDS
    else os.environ.get("SEARCH_TIMEOUT", "1")
)
SEARCH_RETRY_SECONDS = float(os.environ.get("SEARCH_RETRY_SECONDS", "30"))
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_URLS = env_list("SEARCH_URL")
SEARCH_REPLICAS = int(os.environ.get("SEARCH_REPLICAS", "1" if len(SEARCH_URLS) > 1 else "0"))
SEARCH_ENGINES = {
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
    "opensearch": "wagtail.search.backends.opensearch2",
}
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "elasticsearch").strip().lower()
if SEARCH_ENGINE not in SEARCH_ENGINES:
    raise ImproperlyConfigured(
        f"SEARCH_ENGINE must be {' or '.join(SEARCH_ENGINES)} (the kind of server SEARCH_URL points at), "
        f"not {SEARCH_ENGINE!r}."
    )
# Both clients take these retry options. A node that failed is left alone for a minute (longer if it keeps failing)
# before it is tried again: opensearch-py does that by default, the Elasticsearch client is told to.
SEARCH_CLIENT_OPTIONS = {"max_retries": max(len(SEARCH_URLS) - 1, 0), "retry_on_timeout": False}
if SEARCH_ENGINE == "elasticsearch":
    SEARCH_CLIENT_OPTIONS |= {"dead_node_backoff_factor": 60.0, "max_dead_node_backoff": 600.0}
DATABASE_SEARCH_BACKEND = {"BACKEND": "search.database_backend"}  # Wagtail's, faster on SQLite
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}
if SEARCH_URLS:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_ENGINES[SEARCH_ENGINE],
            "URLS": SEARCH_URLS,
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "carers_"),
            "TIMEOUT": SEARCH_TIMEOUT,
            "INDEX_SETTINGS": {"settings": {"index": {"number_of_replicas": SEARCH_REPLICAS}}},
            "OPTIONS": SEARCH_CLIENT_OPTIONS,
        },
        "database": DATABASE_SEARCH_BACKEND,
    }

WAGTAIL_SITE_NAME = "Carers Directory"
# The admin loads nothing from other websites either (its Content Security Policy would block it): no avatars from
# Gravatar (editors may upload one) and no check of wagtail.org for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public address, e.g. https://carers.example.org, for the full addresses in open data (the Open Referral UK
# API and its export). Empty: the host each request came to.
CANONICAL_URL = os.environ.get("CANONICAL_URL", "").rstrip("/")
# Uploads are checked by their content as well as their name, and SVG or HTML is refused under any name
# (carers_site/core/uploads.py, through the two form bases below). Limits for each kind of file:
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "rtf", "txt", "csv", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "carers_site.core.uploads.DocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Width x height (x frames): a 48-megapixel phone photo fits; a small file that would open to gigabytes does not.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50 * 1000 * 1000
WAGTAILIMAGES_IMAGE_FORM_BASE = "carers_site.core.uploads.ImageForm"
# The directory's spreadsheet import (directory/admin_views.py).
DIRECTORY_IMPORT_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The largest post the admin's forms may send, not counting files; a post to the public site may be at most
# PUBLIC_POST_MAX_SIZE (carers_site/core/request_limits.py): its forms' answers are limited to a few thousand
# characters each (carers_site/core/form_safety.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
PUBLIC_POST_MAX_SIZE = 1024 * 1024

# Email through an SMTP server (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
# EMAIL_USE_TLS=1 or EMAIL_USE_SSL=1).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "") == "1"
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "carers-directory@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Who is emailed about server errors: "Name <address>, Other <address>" or plain addresses.
ADMINS = [parseaddr(address) for address in env_list("ADMINS")]
# Where "Report a problem with this listing" reports go when the service page's owner has no email address.
DIRECTORY_PROBLEMS_EMAIL = os.environ.get("DIRECTORY_PROBLEMS_EMAIL", "")
# Where requests to read the resources for professionals go when the page asked for has no owner with an
# email address (site/privacy/access.py).
ACCESS_REQUESTS_EMAIL = os.environ.get("ACCESS_REQUESTS_EMAIL", "")
# Where the daily review reminders (manage.py send_review_reminders) go for pages with no owner, or whose
# owner has no email address.
REVIEW_REMINDERS_EMAIL = os.environ.get("REVIEW_REMINDERS_EMAIL", "")

# Signing in is only for reading pages private to a group (the Professionals group): Wagtail sends visitors
# to its sign-in page (/_util/login/), shown with our template. Editors sign in at /admin/ as before.
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "resources/login.html"
LOGIN_REDIRECT_URL = "/"

# Background work. Wagtail's own tasks (search and reference index updates) run at once, so nothing depends on
# a worker being up. Audio drafts (resources/audio_models.py) take seconds each, so they wait in a database
# queue for the worker: `manage.py db_worker --backend audio` (make run starts it).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "audio": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Uploaded recordings of pages: the largest file accepted (about an hour of MP3 at 128 kbit/s).
AUDIO_MAX_UPLOAD_SIZE = 50 * 1024 * 1024

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp) for the public site: everything from this site only, no inline scripts or
# styles, no eval, no nonce (the page cache shares public pages between visitors). The admin's few relaxations are
# in carers_site/core/security.py. Media may live in an S3 bucket on another host (MEDIA_STORAGE=s3): images and audio
# are then allowed from it too; CSP_MEDIA_ORIGINS adds any other origin media is served from.
MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")
if MEDIA_STORAGE == "s3":
    if DEFAULT_STORAGE["OPTIONS"]["custom_domain"]:  # a host name, e.g. media.example.org
        MEDIA_ORIGINS.append("https://" + DEFAULT_STORAGE["OPTIONS"]["custom_domain"])
    elif DEFAULT_STORAGE["OPTIONS"]["endpoint_url"]:  # e.g. https://objects.example.org
        endpoint = urlsplit(DEFAULT_STORAGE["OPTIONS"]["endpoint_url"])
        MEDIA_ORIGINS.append(f"{endpoint.scheme}://{endpoint.netloc}")
    else:  # AWS S3's own addresses
        MEDIA_ORIGINS.append("https://*.amazonaws.com")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", *MEDIA_ORIGINS],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # The offline crisis card's service worker, /sw.js (offline.py).
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
# Browser features the site never uses are turned off by the Permissions-Policy header (security.py).

# Sign-in lock-out (django-axes), for the admin's sign-in and the professionals' sign-in (/_util/login/): after 5
# wrong passwords for one username from one IP address, that username cannot sign in from there for 15 minutes,
# even with the right password; after 20 wrong passwords from one address, whatever the usernames (password
# spraying), no one can sign in from there for 15 minutes (carers_site/core/sign_in_lockout.py). A successful
# sign-in clears its own username's count. Only failed attempts are kept (no log of successful sign-ins); a record
# is deleted by the first sign-in attempt (anyone's) after its 15 minutes are over. `manage.py axes_reset` unlocks
# everyone; `manage.py axes_reset_username <name>` one person, `manage.py axes_reset_ip <address>` one address.
AXES_HANDLER = "carers_site.core.sign_in_lockout.SignInLockout"
AXES_FAILURE_LIMIT = 5
SIGN_IN_FAILURES_PER_ADDRESS = 20
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "carers_site.core.security.locked_out"
# The visitor's IP address: behind TRUSTED_PROXY_COUNT proxies (load balancer, CDN) it is the one the outermost
# proxy added to X-Forwarded-For; with none (the default), the address the connection comes from.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "carers_site.core.security.client_ip_address"

# Logs go to standard error, where gunicorn and systemd (or the container runtime) collect them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False}},
}


def require_secret_key():
    if not SECRET_KEY:
        raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
