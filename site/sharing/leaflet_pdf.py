"""Each leaflet's PDF, made from its page in its own language when it is published (a background task), with the
family pack's engine and layout: the site's design, the crisis numbers on every page, the review date, and the page's
short link and QR code. One file per page and language (resources.LeafletPDF), replaced when the page changes: the old
file is deleted once the new one is saved, and the page's cached copies are purged (carers_site/caching/page_cache.py
listens to LeafletPDF), so nobody is offered the old one.

An editor may upload a designed PDF instead (the leaflet's "PDF" field); it then wins, and the made file is removed.
A translation's upload counts as its own only if a translator chose it (wagtail-localize's override of the synchronised
field); a translation that merely carries the English upload gets its own made PDF, in its language. A private,
unpublished or alias page gets no made PDF (and loses one it had); media are served only after a check
(carers_site/privacy/media.py). A change to the crisis lines or the site's settings remakes every leaflet's PDF, as
both are printed on it. ``manage.py make_leaflet_pdfs`` makes them all at once.
"""

import hashlib
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.test import RequestFactory
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished
from wagtail_localize.models import SegmentOverride, TranslationSource

from carers_site.core.privacy import covered_by_q, is_private
from carers_site.core.site_settings import SiteSettings
from carers_site.sharing.family_pack import Pack, pdf_html, render_pdf
from directory.models import CrisisLine
from resources.models import LeafletPage
from resources.pdf_models import LeafletPDF

logger = logging.getLogger(__name__)


def uploaded_pdf(page):
    """The PDF an editor uploaded for this page, or None. wagtail-localize copies the English page's upload into every
    translation; a translation's own is one a translator put in its place (an override of the field), or, for a page
    translated by hand, one that differs from the English page's. Few queries: the leaflet page asks on every view."""
    if page.document_id is None:
        return None
    default = Locale.get_default()
    if page.locale_id != default.pk:
        english = LeafletPage.objects.filter(translation_key=page.translation_key, locale=default)
        english_document = english.values_list("document_id", flat=True).first()
        if english_document == page.document_id:
            return None  # the English upload, carried over
        overrides = SegmentOverride.objects.filter(
            locale_id=page.locale_id, context__object_id=page.translation_key, context__path="document"
        )
        if not overrides.exists() and TranslationSource.objects.filter(object_id=page.translation_key).exists():
            return None  # kept in step by wagtail-localize, not yet synced with a new English upload
    return page.document


def leaflet_pdf_file(page):
    """The PDF the site made of this page, if it has one (a FieldFile), else None."""
    made = LeafletPDF.objects.filter(page_id=page.pk).exclude(file="").first()
    return made.file if made else None


def site_request():
    """A request on the site's public address, for the short link and QR code printed on the PDF (a task has no
    visitor's request): CANONICAL_URL, else the default Wagtail site's address, else WAGTAILADMIN_BASE_URL."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    root_url = site.root_url if site is not None and site.hostname not in ("", "localhost") else ""
    address = urlsplit(getattr(settings, "CANONICAL_URL", "") or root_url or settings.WAGTAILADMIN_BASE_URL)
    secure = address.scheme == "https"
    request = RequestFactory().get("/", secure=secure, SERVER_PORT=str(address.port or (443 if secure else 80)))
    # Not checked against ALLOWED_HOSTS: the address comes from settings, not from a visitor.
    request.get_host = lambda: address.netloc
    return request


def why_no_pdf(page):
    """Why this page gets no made PDF ("not live", "private", "alias", "uploaded"), or None if it gets one."""
    if not page.live:
        return "not live"
    if page.alias_of_id is not None:
        return "alias"  # the English page's words under another language: its PDF would be labelled wrongly
    if is_private(page):
        return "private"
    if uploaded_pdf(page) is not None:
        return "uploaded"
    return None


def update_leaflet_pdf(page, force=False):
    """Makes the page's PDF unless it is up to date; returns what happened: "made", "unchanged", "failed", or why it
    has none ("uploaded": an editor's PDF wins; "private", "not live", "alias"). Works on the page as it is in the
    database."""
    page = Page.objects.get(pk=page.pk).specific
    reason = why_no_pdf(page)
    if reason is not None:
        return remove_made_pdf(page, reason)
    request = site_request()
    made = LeafletPDF.objects.filter(page_id=page.pk).first()
    try:
        with translation.override(page.locale.language_code):
            html = pdf_html(request, Pack(pages=[page.pk]), single=True)
            fingerprint = hashlib.sha256(html.encode()).hexdigest()
            if made and made.file and made.fingerprint == fingerprint and not force:
                if made.file.storage.exists(made.file.name):
                    return "unchanged"
            pdf, _pages = render_pdf(request, None, html=html)
    except Exception:  # a PDF that cannot be made must never stop a page being published; the last good one stays
        logger.exception("Could not make the PDF of leaflet %s", page.pk)
        return "failed"
    return save_made_pdf(page, pdf, fingerprint)


def save_made_pdf(page, pdf, fingerprint):
    """Keeps the new file and deletes the old one, unless the page changed while the PDF was being made (made private,
    unpublished, given an upload): then the new file is dropped. One row per page, locked while it changes, so two
    tasks for the same page never leave a file behind."""
    storage = LeafletPDF._meta.get_field("file").storage
    new_name = None
    try:
        with transaction.atomic():
            made, _created = LeafletPDF.objects.select_for_update().get_or_create(page_id=page.pk)
            current = Page.objects.get(pk=page.pk).specific
            reason = why_no_pdf(current)
            if reason is not None:
                remove_made_pdf(current, reason)
                return reason
            old_name = made.file.name
            made.file.save("leaflet.pdf", ContentFile(pdf), save=False)
            new_name = made.file.name
            made.fingerprint = fingerprint
            made.made_at = timezone.now()
            made.save()
            if old_name and old_name != new_name:
                delete_after_commit(storage, old_name)
    except Exception:
        if new_name:
            delete_now(storage, new_name)
        raise
    return "made"


def remove_made_pdf(page, outcome):
    """The page's made PDF goes (its file after the commit: see delete_made_file)."""
    LeafletPDF.objects.filter(page_id=page.pk).delete()
    return outcome


def delete_after_commit(storage, name):
    transaction.on_commit(lambda: delete_now(storage, name))


def delete_now(storage, name):
    try:
        storage.delete(name)
    except Exception:  # a file storage that fails must not stop an editor's change; the file is only left behind
        logger.exception("Could not delete the leaflet PDF %s", name)


@task(backend="audio")  # the same queue and worker as audio drafts (README "The worker")
def make_leaflet_pdf(page_id, force=False):
    """Background task (queued when a leaflet is published): see update_leaflet_pdf."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return "page deleted"
    return update_leaflet_pdf(page, force=force)


def queue(page_ids):
    # After the commit, so a worker in another process sees the published page; each page once.
    for page_id in sorted(set(page_ids)):
        transaction.on_commit(lambda page_id=page_id: make_leaflet_pdf.enqueue(page_id))


@receiver(page_published, dispatch_uid="leaflet_pdf_on_publish")
@receiver(page_unpublished, dispatch_uid="leaflet_pdf_on_unpublish")
def leaflet_changed(sender, instance, **kwargs):
    if issubclass(instance.specific_class or Page, LeafletPage):
        queue([instance.pk])


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="leaflet_pdf_page_made_private")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="leaflet_pdf_page_made_public")
def refresh_when_privacy_changes(sender, instance, signal, **kwargs):
    """A leaflet made private loses its made PDFs now, in every language; made public again, they are made again."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    covered = Page.objects.filter(covered_by_q(page))
    if signal is post_save:
        for made in LeafletPDF.objects.filter(page__in=covered).select_related("page"):
            remove_made_pdf(made.page, "private")
        return
    queue(covered.type(LeafletPage).values_list("pk", flat=True))


@receiver(post_save, sender=CrisisLine, dispatch_uid="leaflet_pdf_crisis_line_saved")
@receiver(post_delete, sender=CrisisLine, dispatch_uid="leaflet_pdf_crisis_line_deleted")
@receiver(post_save, sender=SiteSettings, dispatch_uid="leaflet_pdf_settings_saved")
def printed_details_changed(sender, **kwargs):
    """The crisis numbers and the site's name are printed on every leaflet: each is made again (the fingerprint skips
    those that come out the same)."""
    queue(LeafletPage.objects.live().values_list("pk", flat=True))


@receiver(post_delete, sender=LeafletPDF, dispatch_uid="leaflet_pdf_delete_file")
def delete_made_file(sender, instance, **kwargs):
    if instance.file:
        delete_after_commit(instance.file.storage, instance.file.name)
