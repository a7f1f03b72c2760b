"""The PDF the site makes of a leaflet page (the model; carers_site/sharing/leaflet_pdf.py makes and replaces it).

One per page, so one per leaflet and language: each translation is its own page. The file is made from the live page
when it is published, with the family pack's engine, and replaced (the old file deleted) when the page changes. An
editor's own uploaded PDF (``LeafletPage.document``) is offered instead when there is one.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def made_pdf_path(leaflet_pdf, filename):
    """The page's slug and language, for people, and a random part, so that nobody can guess a file's address: media
    are served only after a check (carers_site/privacy/media.py), and a guessable name would say a file exists."""
    page = leaflet_pdf.page
    return f"leaflets/{page.slug}-{page.locale.language_code}-{secrets.token_urlsafe(9)}.pdf"


class LeafletPDF(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="made_pdf", verbose_name=_("page")
    )
    file = models.FileField(_("PDF made by the site"), upload_to=made_pdf_path, blank=True, editable=False)
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    made_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("leaflet PDF made by the site")

    def __str__(self):
        return self.file.name
