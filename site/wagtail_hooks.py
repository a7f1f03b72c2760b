from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Area, Audience, CareArea, Intervention, Language, Outcome, ResourceType, Sector


def term_viewset(term_model, term_icon="tag", fields=("name", "slug")):
    return type(
        f"{term_model.__name__}ViewSet",
        (SnippetViewSet,),
        {"model": term_model, "icon": term_icon, "list_display": list(fields), "search_fields": ["name"]},
    )


class TaxonomyGroup(SnippetViewSetGroup):
    """Every list of terms editors use to label content, under one "Taxonomies" menu."""

    menu_label = "Taxonomies"
    menu_icon = "tag"
    menu_order = 300
    items = [
        term_viewset(Audience, "group"),
        term_viewset(Area, "site", ("name", "kind", "parent")),
        term_viewset(CareArea),
        term_viewset(ResourceType),
        term_viewset(Outcome),
        term_viewset(Sector),
        term_viewset(Intervention),
        term_viewset(Language, "globe", ("english_name", "name", "code")),
    ]


register_snippet(TaxonomyGroup)
