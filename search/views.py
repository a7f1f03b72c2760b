from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail.models import Locale, Page

from carers_site.pagination import paginate

MAX_QUERY_LENGTH = 200


@never_cache
def search(request):
    """Site search. Never cached and never indexed by search engines: carers' queries are sensitive."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query)
    return render(
        request,
        "search/search.html",
        {"query": query, "page_obj": paginate(request, results) if query else None},
    )
