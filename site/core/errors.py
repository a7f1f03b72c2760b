"""The page shown when something fails (templates/500.html), made without the database or the cache, which may be
what failed."""

from django.http import HttpResponseServerError
from django.template import loader


def server_error(request):
    """Django's handler500, with one thing more: a visitor who was sending something (a form) is told it may not
    have reached us, so they know to send it again rather than wonder."""
    html = loader.get_template("500.html").render({"was_sending": request.method == "POST"})
    return HttpResponseServerError(html)
