from django import template

from carers_site.sharing.family_pack import can_go_in_pack

register = template.Library()


@register.filter
def can_add_to_family_pack(page):
    """True on the pages a family pack can hold: guidance, services, leaflets, resources and the support
    network map, when anyone may read them (professional-only pages never go in a pack)."""
    return can_go_in_pack(page)
