"""Admin and serving hooks for private pages: the access requests list, a 403 page for signed-in
people outside a private page's groups, and private downloads."""

from wagtail import hooks

from carers_site.privacy.access import access_request_viewset, guard_private_downloads, refuse_signed_in_non_members


@hooks.register("register_admin_viewset")
def register_access_requests():
    return access_request_viewset


# order=-1: before Wagtail's own before_serve_page hooks. Its privacy check (``check_view_restrictions``) is an
# on_serve_page hook, which runs after every before_serve_page hook, so a signed-in non-member gets our 403
# page, not a redirect to the sign-in page (tests/privacy/test_professional_resources.py checks this).
hooks.register("before_serve_page", refuse_signed_in_non_members, order=-1)

hooks.register("before_serve_document", guard_private_downloads)
