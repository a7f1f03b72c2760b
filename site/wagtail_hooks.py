from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Locale, Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from carers_site.caching.page_cache import note_served_page
from carers_site.core.taxonomy import Area, Audience, CareArea, Intervention, Language, Outcome, ResourceType, Sector
from carers_site.core.uploads import use_checked_avatar_form
from carers_site.reports.measures import count_served_pages
from carers_site.reports.measures_report import InformationMeasuresView
from carers_site.reports.reviews import add_due_for_review_panel
from carers_site.reports.translation_status import TranslationStatusReportView, user_can_translate
from carers_site.sharing.models import ShortLink, short_link_path
from carers_site.sharing.short_links import short_link_viewset

use_checked_avatar_form()  # profile pictures are checked like other images (uploads.py)


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


# "Translation status" report (translation_status.py): Reports menu, for people who may submit translations.


@hooks.register("register_admin_urls")
def register_translation_status_report_urls():
    view = TranslationStatusReportView
    return [
        path("reports/translation-status/", view.as_view(), name="translation_status_report"),
        path(
            "reports/translation-status/results/",
            view.as_view(results_only=True),
            name="translation_status_report_results",
        ),
    ]


class TranslatorsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_translate(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslatorsReportMenuItem(
        _("Translation status"), reverse("translation_status_report"), icon_name="wagtail-localize-language", order=670
    )


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_translations(pages, action):
    """Moving, unpublishing or deleting an English page does the same to its translations.

    Without this, a page moved in English stays in its old place in Welsh and Urdu, and an unpublished page
    stays live in other languages. Alias pages follow moves and deletes; only real translations are
    unpublished (aliases follow their source on their own).
    """
    english = [page for page in pages if page.locale_id == Locale.get_default().pk]  # never the other way
    if action == "unpublish":
        return {page: Page.objects.translation_of(page).filter(alias_of__isnull=True) for page in english}
    if action in ("move", "delete"):
        return {page: Page.objects.translation_of(page) for page in english}
    return None


# Short links (short_links.py): the "Short links" list, and each page's link in its header menu.


@hooks.register("register_admin_viewset")
def register_short_links():
    return short_link_viewset


@hooks.register("register_page_header_buttons")
def short_link_page_header_button(page, user, view_name, next_url=None):
    """ "Short link: /go/assessment" in the page's header menu, leading to where editors change it."""
    if page.is_root() or page.pk is None or not user.has_perm("carers_site.change_shortlink"):
        return
    link = ShortLink.for_page(page)
    label = gettext("Short link: %(path)s") % {"path": short_link_path(page)}
    yield Button(label, reverse(short_link_viewset.get_url_name("edit"), args=[link.pk]), icon_name="link", priority=76)


@hooks.register("filter_form_submissions_for_user")
def form_submissions_for_readers_only(user, editable_forms):
    """Feedback answers are for people allowed to read them (editors, moderators: view_formsubmission), not
    for everyone who may edit the form page: translators may edit pages but not read what the public wrote."""
    return editable_forms if user.has_perm("wagtailforms.view_formsubmission") else editable_forms.none()


# "Due for review" on the dashboard (reviews.py): pages the signed-in editor can edit that are overdue or due soon.
hooks.register("construct_homepage_panels", add_due_for_review_panel)


# Information measures (measures.py): each page view counted per day, without cookies or personal data. order=10:
# inside Wagtail's privacy check (an on_serve_page hook, order 0), so only pages actually served are counted.
hooks.register("on_serve_page", count_served_pages, order=10)

# Page cache (page_cache.py): marks the responses that are pages, the only ones the page cache may keep.
hooks.register("before_serve_page", note_served_page)


@hooks.register("register_admin_urls")
def register_information_measures_url():
    return [path("reports/information-measures/", InformationMeasuresView.as_view(), name="information_measures")]


class MeasuresMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("carers_site.view_pageviewday")


@hooks.register("register_reports_menu_item")
def register_information_measures_menu_item():
    url = reverse("information_measures")
    return MeasuresMenuItem(_("Information measures"), url, icon_name="table", order=710)


# Hooks of the features that have their own admin module (imported for their @hooks.register).
import carers_site.audio.admin  # noqa: E402, F401
import carers_site.privacy.admin  # noqa: E402, F401
import carers_site.reports.admin  # noqa: E402, F401
