from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, Site

from carers_site.core.languages import localize
from carers_site.core.pagination import paginate
from carers_site.core.privacy import PageAccess
from carers_site.core.site_wide import remembered
from search import services
from search.models import SearchSettings


def in_reader_language(pages, translations=None):
    """A page of results in the reader's language (English where untranslated); services ready for their cards
    (phone, open status and area: directory/finder.py). ``translations``: those the search fetched with the hits."""
    from directory.finder import prepare_cards
    from directory.models import ServicePage

    pages = list(pages)
    cards = iter(prepare_cards([page for page in pages if isinstance(page, ServicePage)], translations))
    others = iter(localize([page for page in pages if not isinstance(page, ServicePage)], translations=translations))
    return [next(cards) if isinstance(page, ServicePage) else next(others) for page in pages]


def shown_promotions(query):
    """The promotions ("Recommended") for a query that anyone may follow. Wagtail lets editors promote any page,
    so drafts and private pages are left out here (by the kept view restrictions, carers_site/core/privacy.py);
    an external link is shown only if it is a web address."""
    public_pages = Page.objects.live().public()
    return list(
        SearchPromotion.objects.filter(query__query_string__iexact=query.lower())
        .filter(
            Q(page__in=public_pages)
            | Q(page__isnull=True, external_link_url__istartswith="https://")
            | Q(page__isnull=True, external_link_url__istartswith="http://")
        )
        .select_related("page")
        .order_by("sort_order")
    )


@never_cache
def search(request):
    """Site search. Never cached and never indexed by search engines: carers' queries are sensitive, and
    signed-in members of the Professionals group also find the resources private to that group."""
    raw_query = request.GET.get("q", "")
    site = Site.find_for_request(request)
    if site is None:
        crisis_words = SearchSettings.for_request(request).crisis_word_list()
    else:  # kept per process (carers_site.core.site_wide): saving the settings renews it
        crisis_words = remembered(
            f"search:crisis-words:{site.pk}", lambda: SearchSettings.for_site(site).crisis_word_list()
        )
    outcome = services.search(raw_query, request.GET, Locale.get_active(), crisis_words, user=request.user)
    promotions = []
    if outcome.query:
        promotions = shown_promotions(outcome.query)
        services.log_query(outcome.query, len(outcome.results))
    active_filters = any(request.GET.get(param) for param in services.FILTER_PARAMS)
    page_obj = paginate(request, outcome.results)
    page_obj.object_list = in_reader_language(page_obj.object_list, outcome.translations)
    PageAccess.for_request(request).mark(page_obj)  # members see a "For professionals" label on private pages
    return render(
        request,
        "search/search.html",
        {
            "query": outcome.query,
            "outcome": outcome,
            "promotions": promotions,
            "page_obj": page_obj,
            "searched": bool(outcome.query or outcome.area or active_filters),
            "crisis_box": {"title": _("If you need help now")},
        },
    )


@never_cache
def suggest(request):
    """Up to 8 page titles starting with what the carer has typed, for the search box's suggestions."""
    query, _shortened = services.normalise(request.GET.get("q", ""))
    if len(query) < 2:
        return JsonResponse({"query": query, "suggestions": []})
    pages = services.suggestions(query, Locale.get_active(), user=request.user)
    return JsonResponse({"query": query, "suggestions": [{"title": p.title, "url": p.url} for p in pages]})
