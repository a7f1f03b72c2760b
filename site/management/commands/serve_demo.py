"""manage.py serve_demo: see carers_site/dev/serve_demo.py."""

from carers_site.dev.serve_demo import Command  # noqa: F401
