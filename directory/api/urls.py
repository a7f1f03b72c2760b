"""The Open Referral UK 3.0 API, mounted at /api/openreferral/ (see carers_site.urls).

Each address works with or without a trailing slash: ORUK clients use both, and a redirect would lose
a cross-origin request.
"""

from django.urls import re_path

from directory.api import views

app_name = "openreferral"

urlpatterns = [
    re_path(r"^$", views.root, name="root"),
    re_path(r"^openapi\.json$", views.openapi, name="openapi"),
    re_path(r"^services/?$", views.services, name="services"),
    re_path(r"^services/(?P<service_id>[^/]+)/?$", views.service_detail, name="service"),
    re_path(r"^service_at_locations/?$", views.service_at_locations, name="service_at_locations"),
    re_path(
        r"^service_at_locations/(?P<service_at_location_id>[^/]+)/?$",
        views.service_at_location_detail,
        name="service_at_location",
    ),
    re_path(r"^organizations/?$", views.organizations, name="organizations"),
    re_path(r"^organizations/(?P<organization_id>[^/]+)/?$", views.organization_detail, name="organization"),
    re_path(r"^taxonomies/?$", views.taxonomies, name="taxonomies"),
    re_path(r"^taxonomies/(?P<taxonomy_id>[^/]+)/?$", views.taxonomy_detail, name="taxonomy"),
    re_path(r"^taxonomy_terms/?$", views.taxonomy_terms, name="taxonomy_terms"),
    re_path(r"^taxonomy_terms/(?P<taxonomy_term_id>[^/]+)/?$", views.taxonomy_term_detail, name="taxonomy_term"),
    re_path(r"^(?P<path>.*)$", views.not_found),
]
