"""Short links: a readable address such as /go/assessment for every page, for clinicians to say aloud or print.

A short link points at a page, not at its address, so it keeps working when the page is renamed or moved.
One link per page is current (the one the "Share this page" box shows); when an editor changes it, the old
one is kept as a former link that still leads to the page, so nothing already printed breaks.

Links belong to the source-language page. Translations share them: /go/assessment is the English page and
/ur/go/assessment the Urdu one (or the English, until there is an Urdu translation).
"""

from django.core.validators import RegexValidator
from django.db import IntegrityError, models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

SHORT_SLUG_MAX_LENGTH = 40

validate_short_slug = RegexValidator(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
    _("Use lower-case letters and numbers, with single hyphens between words, for example “carers-assessment”."),
)


class ShortLink(models.Model):
    slug = models.CharField(
        _("short link"),
        max_length=SHORT_SLUG_MAX_LENGTH,
        unique=True,
        validators=[validate_short_slug],
        help_text=_(
            "The end of the short link, for example “assessment” for /go/assessment. Keep it short and easy to "
            "say aloud. If you change it, the old link keeps working."
        ),
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="short_links")
    is_current = models.BooleanField(
        _("current"), default=True, help_text=_("The link shown on the page. Former links still lead to the page.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("short link")
        ordering = ["slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["page"], condition=models.Q(is_current=True), name="one_current_short_link_per_page"
            )
        ]

    def __str__(self):
        return f"/go/{self.slug}"

    @staticmethod
    def source_page(page):
        """The page a short link belongs to: the source-language (English) version where there is one."""
        default = Locale.get_default()
        if page.locale_id == default.pk:
            return page
        return page.get_translation_or_none(default) or page

    @classmethod
    def free_slug(cls, wanted):
        """``wanted`` made into a valid slug no link uses yet (adding -2, -3 ... if it is taken)."""
        base = slugify(wanted)[: SHORT_SLUG_MAX_LENGTH - 4].strip("-") or "page"
        slug, number = base, 1
        while cls.objects.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    @classmethod
    def kept_links(cls):
        """Every current link, by ("page", page id) and, for English pages, by ("english", translation key), as every
        page shows its link: kept per process (carers_site.core.site_wide: saving or deleting one renews it).
        Read-only."""
        from carers_site.core.site_wide import remembered

        def build():
            default = Locale.get_default()
            kept = {}
            rows = cls.objects.filter(is_current=True).annotate(
                key=models.F("page__translation_key"), page_locale=models.F("page__locale_id")
            )
            for link in rows:
                kept["page", link.page_id] = link
                if link.page_locale == default.pk:
                    kept["english", link.key] = link
            return kept

        return remembered("short-links", build)

    @classmethod
    def for_page(cls, page):
        """The page's current short link, made from its slug the first time it is asked for."""
        default = Locale.get_default()
        english = page.locale_id == default.pk
        link = cls.kept_links().get(("page", page.pk) if english else ("english", page.translation_key))
        if link is not None:
            return link
        current = cls.objects.filter(is_current=True)
        if english:
            link = current.filter(page=page).first()
        else:  # the English page's link, found without fetching that page first
            link = current.filter(page__translation_key=page.translation_key, page__locale=default).first()
        if link is not None:
            return link
        source = cls.source_page(page)
        if source.pk == page.pk and page.locale_id != default.pk:  # no English version: the page's own link
            link = current.filter(page=page).first()
            if link is not None:
                return link
        for _attempt in range(3):  # two requests may make the first link at once; the loser reads the winner's
            try:
                with transaction.atomic():
                    return cls.objects.create(page=source, slug=cls.free_slug(source.slug))
            except IntegrityError:
                link = cls.objects.filter(page=source, is_current=True).first()
                if link is not None:
                    return link
        raise IntegrityError(f"Could not make a short link for page {source.pk}")


def short_link_path(page):
    """The short link's path for this page in its own language: /go/assessment, /ur/go/assessment."""
    from django.urls import reverse
    from django.utils.translation import override

    link = ShortLink.for_page(page)
    with override(page.locale.language_code):
        return reverse("short_link", kwargs={"slug": link.slug})
