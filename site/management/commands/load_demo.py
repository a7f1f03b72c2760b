"""manage.py load_demo: see carers_site/dev/demo/loader.py."""

from carers_site.dev.demo.loader import Command  # noqa: F401
