from django import template
from django.utils.translation import gettext as _
from wagtail.models import Locale

from carers_site.languages import translations_by_key
from carers_site.models.settings import SiteSettings
from directory.models import CrisisLine

register = template.Library()


NUMBER_FIELDS = ("phone", "text_number", "text_message", "open_24_7")


def with_numbers_from(english, translation):
    """The translated line's words with the English line's numbers, which are always the current ones
    (a translation is only brought up to date when someone syncs it)."""
    if translation is None:
        return english
    for name in NUMBER_FIELDS:
        setattr(translation, name, getattr(english, name))
    return translation


def lines_for_active_language():
    """Crisis lines in the language being shown; a line not yet translated is shown in English."""
    default = Locale.get_default()
    lines = list(CrisisLine.objects.filter(locale=default, live=True).order_by("sort_order", "name"))
    active = Locale.get_active()
    if active.pk != default.pk:
        translated = translations_by_key(CrisisLine.objects.filter(live=True), lines, active)
        lines = [with_numbers_from(line, translated.get(line.translation_key)) for line in lines]
    return lines


@register.simple_tag
def crisis_lines():
    return lines_for_active_language()


@register.inclusion_tag("components/crisis_panel.html", takes_context=True)
def crisis_panel(context):
    request = context.get("request")
    site_settings = SiteSettings.for_request(request) if request is not None else None
    heading = getattr(site_settings, "crisis_heading", "")
    intro = getattr(site_settings, "crisis_intro", "")
    return {
        # The default wording is stored in English and shown in the reader's language; wording an editor
        # has written is not in the catalogues, so gettext returns it unchanged.
        "heading": _(heading) if heading else _("Need help now?"),
        "intro": _(intro) if intro else "",
        "lines": lines_for_active_language(),
        "request": request,
    }
