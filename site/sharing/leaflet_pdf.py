"""Each leaflet's PDF, made from its page in its own language when it is published (a background task), with the
family pack's engine and layout: the site's design, the crisis numbers on every page, the review date, and the page's
short link and QR code. One file per page and language (resources.LeafletPDF), replaced when the page changes: the old
file is deleted, never left behind.

An editor may upload a designed PDF instead (the leaflet's "PDF" field); it then wins, and the made file is removed.
A translation that only has the English page's upload gets its own made PDF in its language. A private leaflet gets
no made PDF (and loses one it had), as with audio: see carers_site/privacy/media.py for how files are served.
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

from carers_site.core.privacy import covered_by_q, is_private
from carers_site.sharing.family_pack import Pack, pdf_html, render_pdf
from resources.models import LeafletPage
from resources.pdf_models import LeafletPDF

logger = logging.getLogger(__name__)


def uploaded_pdf(page):
    """The PDF an editor uploaded for this page, or None. A translation's PDF is its own only if it differs from the
    English page's (wagtail-localize copies the English upload into every translation)."""
    document = page.document
    if document is None:
        return None
    default = Locale.get_default()
    if page.locale_id != default.pk:
        english = LeafletPage.objects.filter(translation_key=page.translation_key, locale=default)
        if english.filter(document_id=document.pk).exists():
            return None
    return document


def leaflet_pdf_file(page):
    """The PDF the site made of this page, if it has one (a FieldFile), else None."""
    made = LeafletPDF.objects.filter(page_id=page.pk).exclude(file="").first()
    return made.file if made else None


def site_request():
    """A request on the site's public address (CANONICAL_URL, else WAGTAILADMIN_BASE_URL), for the short link and
    QR code printed on the PDF: a task has no visitor's request."""
    address = urlsplit(getattr(settings, "CANONICAL_URL", "") or settings.WAGTAILADMIN_BASE_URL)
    request = RequestFactory().get("/")
    # Not checked against ALLOWED_HOSTS: the address comes from settings, not from a visitor.
    request.get_host = lambda: address.netloc
    request.is_secure = lambda: address.scheme == "https"
    return request


def update_leaflet_pdf(page, force=False):
    """Makes the page's PDF unless it is up to date; returns what happened: "made", "unchanged", "uploaded" (an
    editor's PDF wins), "private", "not live" or "failed". Works on the page as it is in the database."""
    page = Page.objects.get(pk=page.pk).specific
    if not page.live:
        return remove_made_pdf(page, "not live")
    if is_private(page):
        return remove_made_pdf(page, "private")
    if uploaded_pdf(page) is not None:
        return remove_made_pdf(page, "uploaded")
    request = site_request()
    with translation.override(page.locale.language_code):
        html = pdf_html(request, Pack(pages=[page.pk]), single=True)
        fingerprint = hashlib.sha256(html.encode()).hexdigest()
        made, _created = LeafletPDF.objects.get_or_create(page_id=page.pk)
        if made.file and made.fingerprint == fingerprint and not force and made.file.storage.exists(made.file.name):
            return "unchanged"
        try:
            pdf, _pages = render_pdf(request, None, html=html)
        except Exception:  # a PDF that cannot be made must never stop a page being published
            logger.exception("Could not make the PDF of leaflet %s", page.pk)
            return "failed"
    old_name = made.file.name
    made.file.save("leaflet.pdf", ContentFile(pdf), save=False)
    made.fingerprint = fingerprint
    made.made_at = timezone.now()
    made.save()
    if old_name and old_name != made.file.name:
        made.file.storage.delete(old_name)
    return "made"


def remove_made_pdf(page, outcome):
    made = LeafletPDF.objects.filter(page_id=page.pk).first()
    if made is not None:
        delete_file(made)
        made.delete()
    return outcome


def delete_file(made):
    if made.file:
        made.file.storage.delete(made.file.name)


@task(backend="audio")  # the site's one background worker (README "Background tasks")
def make_leaflet_pdf(page_id, force=False):
    """Background task (queued when a leaflet is published): see update_leaflet_pdf."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return "page deleted"
    return update_leaflet_pdf(page, force=force)


def queue(page_id):
    # After the commit, so a worker in another process sees the published page.
    transaction.on_commit(lambda: make_leaflet_pdf.enqueue(page_id))


@receiver(page_published, dispatch_uid="leaflet_pdf_on_publish")
@receiver(page_unpublished, dispatch_uid="leaflet_pdf_on_unpublish")
def leaflet_changed(sender, instance, **kwargs):
    if issubclass(instance.specific_class or Page, LeafletPage):
        queue(instance.pk)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="leaflet_pdf_page_made_private")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="leaflet_pdf_page_made_public")
def refresh_when_privacy_changes(sender, instance, signal, **kwargs):
    """A leaflet made private loses its made PDFs now, in every language; made public again, they are made again."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    made = LeafletPDF.objects.filter(page__in=Page.objects.filter(covered_by_q(page)))
    if signal is post_save:
        for item in made.select_related("page"):
            remove_made_pdf(item.page, "private")
        return
    leaflets = Page.objects.filter(covered_by_q(page)).type(LeafletPage).values_list("pk", flat=True)
    for page_id in leaflets:
        queue(page_id)


@receiver(post_delete, sender=LeafletPDF, dispatch_uid="leaflet_pdf_delete_file")
def delete_made_file(sender, instance, **kwargs):
    delete_file(instance)
