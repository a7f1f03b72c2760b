from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from carers_site.core.blocks import RICH_TEXT_FEATURES


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide text editors can change without a developer: the crisis panel heading and the footer."""

    crisis_heading = models.CharField(
        max_length=120,
        # Stored in English (gettext_noop) and shown in the reader's language by the crisis_panel tag.
        default=gettext_noop("Need help now?"),
        help_text=_("Heading of the crisis panel at the top of every page."),
    )
    crisis_intro = models.CharField(
        max_length=255,
        blank=True,
        default=gettext_noop("If someone is in danger, call 999."),
    )
    crisis_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("crisis page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page that says what to do in a crisis. Visitors' phones keep a copy of it, in their language, "
            "so it opens even with no signal."
        ),
    )
    footer_text = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    contact_email = models.EmailField(blank=True)
    keep_feedback_days = models.PositiveIntegerField(
        _("keep feedback for (days)"),
        default=365,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Answers to the feedback form older than this are deleted each night. "
            "Keep them only as long as you need them."
        ),
    )

    panels = [
        FieldPanel("crisis_heading"),
        FieldPanel("crisis_intro"),
        FieldPanel("crisis_page"),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        FieldPanel("keep_feedback_days"),
    ]

    class Meta:
        verbose_name = _("site settings")
