"""Pages for health and care staff outside the page tree: asking for access, and signing out.

Included under /professionals/ in carers_site/urls.py (in every language). Signing in is Wagtail's own
page (/_util/login/), with our template (resources/login.html).
"""

from django.contrib.auth.views import LogoutView
from django.urls import path

from carers_site.privacy import access

urlpatterns = [
    path("request-access/", access.request_access, name="request_access"),
    path("request-access/thanks/", access.request_access_thanks, name="request_access_thanks"),
    # POST only (a form button). Goes to ?next= (a page on this site), else the home page.
    path("sign-out/", LogoutView.as_view(next_page="/"), name="sign_out"),
]
