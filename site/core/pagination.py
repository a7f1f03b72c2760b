from django.core.paginator import Paginator

PAGE_SIZE = 20


def paginate(request, items, per_page=PAGE_SIZE, count=None):
    """One page of ``items`` from ``?page=``; a bad or too-large number gives the nearest real page. ``count``:
    how many items there are, when the caller knows it already (saves a COUNT query)."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: this is the value it would have worked out
    return paginator.get_page(request.GET.get("page"))
