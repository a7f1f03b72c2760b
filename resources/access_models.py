"""Requests from health and care staff to read the resources kept for professionals."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessRequest(models.Model):
    """Someone asking to join the Professionals group. Kept so nothing is lost if the notification email is."""

    name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(_("work email address"))
    job_title = models.CharField(_("your job"), max_length=120, help_text=_("For example “Ward nurse” or “GP”."))
    organisation = models.CharField(_("where you work"), max_length=160)
    reason = models.TextField(
        _("what you need it for"), max_length=1000, blank=True, help_text=_("Optional. A sentence is enough.")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page they wanted to read"),
    )
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)
    handled = models.BooleanField(
        _("dealt with"), default=False, help_text=_("Tick when you have given access or replied to say why not.")
    )
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    editor_notes = models.TextField(blank=True, help_text=_("What you did about it. Only editors see this."))

    class Meta:
        verbose_name = _("access request")
        ordering = ["handled", "-created_at"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"
