from django import template

from directory.structured_data import json_ld_script, service_structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def service_json_ld(context, service):
    """The service's schema.org JSON-LD as a safe ``<script type="application/ld+json">`` element."""
    return json_ld_script(service_structured_data(service, context.get("request")))
