from django import template
from django.utils.translation import gettext as _
from wagtail.models import Locale

from directory.models import CrisisLine

register = template.Library()


def lines_for_active_language():
    """Crisis lines in the language being shown; a line not yet translated is shown in English."""
    default = Locale.get_default()
    lines = list(CrisisLine.objects.filter(locale=default).order_by("sort_order", "name"))
    active = Locale.get_active()
    if active.pk != default.pk:
        translated = {
            line.translation_key: line
            for line in CrisisLine.objects.filter(locale=active, translation_key__in=[x.translation_key for x in lines])
        }
        lines = [translated.get(line.translation_key, line) for line in lines]
    return lines


@register.simple_tag
def crisis_lines():
    return lines_for_active_language()


@register.inclusion_tag("components/crisis_panel.html", takes_context=True)
def crisis_panel(context):
    site_settings = getattr(context.get("settings", None), "carers_site", None)
    site_settings = getattr(site_settings, "SiteSettings", None) if site_settings else None
    return {
        "heading": getattr(site_settings, "crisis_heading", "") or _("Need help now?"),
        "intro": getattr(site_settings, "crisis_intro", ""),
        "lines": lines_for_active_language(),
        "request": context.get("request"),
    }
