"""The Open Referral UK API, mounted at /api/openreferral/ (see carers_site.urls).

Each address works with or without a trailing slash: ORUK clients use both, and a redirect would lose
a cross-origin request.
"""

from django.urls import re_path

from directory.api import views

app_name = "openreferral"

urlpatterns = [
    re_path(r"^$", views.root, name="root"),
    re_path(r"^services/?$", views.services, name="services"),
    re_path(r"^services/(?P<service_id>[^/]+)/?$", views.service_detail, name="service"),
    re_path(r"^service_at_locations/?$", views.service_at_locations, name="service_at_locations"),
    re_path(r"^organizations/?$", views.organizations, name="organizations"),
    re_path(r"^organizations/(?P<organization_key>[^/]+)/?$", views.organization_detail, name="organization"),
    re_path(r"^taxonomies/?$", views.taxonomies, name="taxonomies"),
    re_path(r"^taxonomies/(?P<taxonomy_id>[^/]+)/?$", views.taxonomy_detail, name="taxonomy"),
    re_path(r"^vocabularies/?$", views.vocabularies, name="vocabularies"),
    re_path(r"^(?P<path>.*)$", views.not_found),
]
