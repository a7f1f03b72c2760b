from django.core.paginator import Paginator

PAGE_SIZE = 20


def paginate(request, items, per_page=PAGE_SIZE):
    """One page of ``items`` from ``?page=``; a bad or too-large number gives the nearest real page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
