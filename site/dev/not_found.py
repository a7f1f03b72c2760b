"""The site's own "Page not found" page while developing, instead of Django's yellow debug page.

With ``DEBUG = True`` (the dev settings, ``make run``) Django answers a missing page with its technical 404 page: the
URL patterns tried, in English, with no crisis numbers and no search box. Nobody outside ever sees that page, but the
people building the site do, so a mistyped address or a wrong short link (/go/xxxx) looked broken in a way the real
site never is, and templates/404.html (in the reader's language, with the header's search box and the crisis bar)
went untested by eye. This middleware, added only in settings/dev.py, answers a view's ``Http404`` with the page
production shows: Django's own ``page_not_found`` view, the same one ``DEBUG = False`` uses.
"""

from django.http import Http404
from django.views.defaults import page_not_found


class SiteNotFoundPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
