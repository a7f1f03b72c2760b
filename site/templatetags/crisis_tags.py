"""{% load crisis_tags %}: the crisis panel, bar and contacts (carers_site/crisis/lines.py)."""

from carers_site.crisis.lines import register  # noqa: F401
