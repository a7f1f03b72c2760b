"""The "Tell us what you think" form's safety: spam, sending limits, email and how long answers are kept.

Answers are saved as Wagtail form submissions (editors see and export them under Forms). Spam is kept out
the same way as on the other public forms (carers_site/core/form_safety.py): a honeypot field people never see,
and at most ``RATE_LIMIT`` answers per ``RATE_WINDOW`` seconds from one client. Every text answer has a length
limit (``ANSWER_MAX_LENGTH``, or 255 characters for one-line answers). A saved answer is never
lost to a mail server problem: it is saved before the team's email is sent, and a failed email is only
logged. ``manage.py delete_old_feedback`` deletes answers older than the site's "keep feedback for" days.
"""

import datetime
import logging

from django import forms
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from carers_site.core.form_safety import (
    HONEYPOT,
    PublicFormMixin,
    RateLimit,
    honeypot_field,
    limit_answer_length,
)

logger = logging.getLogger(__name__)

RATE_LIMIT = 10  # answers ...
RATE_WINDOW = 10 * 60  # ... per this many seconds, per client

feedback_limit = RateLimit("carers_site:feedback", RATE_LIMIT, RATE_WINDOW)


class SafeFeedbackFormMixin:
    """For a Wagtail form page (before ``AbstractEmailForm`` in the bases): the honeypot, the per-client
    limit and an email to the team that can fail without losing the answer."""

    def get_form_class(self):
        form_class = super().get_form_class()
        return type(form_class.__name__, (PublicFormMixin, form_class), {})

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        for field in form.fields.values():
            field.error_messages.update(plain_error_messages(field))
            limit_answer_length(field)
        # An editor could name a question "Website"; their question wins and the form has no honeypot.
        form.has_honeypot = HONEYPOT not in form.fields
        if form.has_honeypot:
            form.fields[HONEYPOT] = honeypot_field()
        return form

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return self.render_form(request, self.get_form(page=self, user=request.user))
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if feedback_limit.exceeded(request):
            # What they wrote stays in the form, so they can send it later.
            return self.render_form(request, form, rate_limited=True, status=429)
        if not form.is_valid():
            return self.render_form(request, form)
        if not feedback_limit.take(request):  # sent together with others that took the last places
            return self.render_form(request, form, rate_limited=True, status=429)
        if form.has_honeypot and form.is_spam:  # a filled honeypot is thanked like anyone else, and forgotten
            return self.render_landing_page(request, None, *args, **kwargs)
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def render_form(self, request, form, rate_limited=False, status=200):
        # Hints and errors are announced for the inputs the shared field template draws from their widget
        # (styled ones: not checkboxes or radios, which have no single input to point from).
        form.described_fields = [
            name
            for name, field in form.fields.items()
            if name != HONEYPOT and field.widget.attrs.get("class") and not field.widget.is_hidden
        ]
        form.describe_fields()
        context = self.get_context(request)
        context.update(
            form=form,
            honeypot=form[HONEYPOT] if form.has_honeypot else None,
            rate_limited=rate_limited,
            rate_window_minutes=RATE_WINDOW // 60,
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        """Saves the answers (never the honeypot), then emails the team if the page has a "to" address."""
        if getattr(form, "has_honeypot", False):
            form.cleaned_data.pop(HONEYPOT, None)
        return super().process_form_submission(form)

    def send_mail(self, form):
        """Wagtail sends after saving; a mail server problem is logged, and the visitor still gets the thanks."""
        try:
            super().send_mail(form)
        except Exception:
            logger.exception("Could not email %s about feedback sent on page %s", self.to_address, self.pk)


def plain_error_messages(field):
    """Error messages that say what to do, in place of Django's general ones ("This field is required")."""
    if isinstance(field, forms.EmailField):
        messages = {"invalid": _("Enter an email address in the correct format, like name@example.com")}
    elif isinstance(field, forms.URLField):
        messages = {"invalid": _("Enter a web address in the correct format, like https://www.example.org")}
    elif isinstance(field, (forms.DecimalField, forms.FloatField, forms.IntegerField)):
        messages = {"invalid": _("Enter a number, like 3")}
    elif isinstance(field, forms.DateTimeField):
        messages = {"invalid": _("Enter a date and time, like 2026-12-25 14:30")}
    elif isinstance(field, forms.DateField):
        messages = {"invalid": _("Enter a date, like 25 Dec 2026")}
    else:
        messages = {}
    if isinstance(field, (forms.ChoiceField, forms.BooleanField)):
        messages["required"] = _("Choose an answer to this question")
    else:
        messages["required"] = _("Answer this question")
    return messages


def delete_old_submissions(page, keep_days, now=None, dry_run=False):
    """Deletes (or with ``dry_run`` only counts) the page's form submissions older than ``keep_days``."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=keep_days)
    old = page.get_submissions().filter(submit_time__lt=cutoff)
    if dry_run:
        return old.count()
    deleted, _by_model = old.delete()
    return deleted
