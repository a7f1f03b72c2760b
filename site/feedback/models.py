"""'Tell us what you think': the feedback form page and its fields."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from carers_site.core.blocks import RICH_TEXT_FEATURES
from carers_site.core.page_mixins import TranslationCheckMixin
from carers_site.feedback.safety import SafeFeedbackFormMixin


class FeedbackFormField(AbstractFormField):
    page = ParentalKey("FeedbackFormPage", on_delete=models.CASCADE, related_name="form_fields")


class FeedbackFormPage(SafeFeedbackFormMixin, TranslationCheckMixin, AbstractEmailForm):
    """ "Tell us what you think": submissions are stored for editors and can be emailed to the team.
    Spam checks, the sending limit and safe email are in carers_site/feedback/safety.py."""

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]), FieldPanel("subject")],
            heading=_("Email the team (optional)"),
        ),
    ]
    parent_page_types = ["carers_site.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("feedback form page")

    def get_form(self, *args, **kwargs):
        """The form with NHS.UK frontend classes on its inputs."""
        form = super().get_form(*args, **kwargs)
        for field in form.fields.values():
            widget = field.widget
            if getattr(widget, "input_type", "") in ("checkbox", "radio"):
                continue
            css = {"Textarea": "nhsuk-textarea", "Select": "nhsuk-select"}.get(type(widget).__name__, "nhsuk-input")
            widget.attrs["class"] = css
        return form
