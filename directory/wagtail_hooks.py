from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CrisisLine, Organisation


class CrisisLineViewSet(SnippetViewSet):
    model = CrisisLine
    icon = "warning"
    list_display = ["name", "phone", "text_number", "hours_label", "sort_order"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "phone"]
    search_fields = ["name"]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = "Directory"
    menu_icon = "list-ul"
    menu_order = 200
    items = [CrisisLineViewSet, OrganisationViewSet]


register_snippet(DirectoryGroup)
