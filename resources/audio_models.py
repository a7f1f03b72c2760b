"""The audio version of a page (the model; what makes and keeps its computer-read draft is carers_site/audio).

Every translation is its own Wagtail page with its own locale, so one AudioVersion per page is one per page
and language. An editor may upload a recording made by a person; the page then plays that. The
computer-read draft is still kept up to date when the page changes (it takes a second or so), so that if
the recording is removed the page falls back to a draft that matches its text.
"""

import logging
import secrets
from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def _file_name(audio, extension):
    """The page and language, for people, and a random part, so that nobody can guess a file's address: media are
    served only after a check (carers_site/privacy/media.py), and a guessable name would say a file exists."""
    page = audio.page
    return f"{page.pk}-{page.locale.language_code}-{secrets.token_urlsafe(12)}{extension}"


def recording_path(audio, filename):
    # The extension comes from the checked content (see AudioVersionForm), not from what the editor typed.
    return f"audio/recordings/{_file_name(audio, Path(filename).suffix.lower())}"


def draft_path(audio, filename):
    return f"audio/drafts/{filename}"


class AudioVersion(models.Model):
    class DraftStatus(models.TextChoices):
        PENDING = "pending", _("Being made")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")
        NO_VOICE = "no_voice", _("No computer voice for this language")

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="audio_version", verbose_name=_("page")
    )
    recording = models.FileField(
        _("recording by a person"),
        upload_to=recording_path,
        blank=True,
        help_text=_(
            "An MP3, M4A, OGG or WAV file of someone reading this page. It is played instead of the computer voice."
        ),
    )
    recording_seconds = models.FloatField(null=True, blank=True, editable=False)
    draft = models.FileField(_("draft file"), upload_to=draft_path, blank=True, editable=False)
    draft_status = models.CharField(
        _("computer-read draft"), max_length=20, choices=DraftStatus.choices, default=DraftStatus.PENDING
    )
    draft_text_hash = models.CharField(max_length=64, blank=True, editable=False)
    draft_error = models.TextField(blank=True, editable=False)
    draft_generated_at = models.DateTimeField(_("draft made"), null=True, blank=True, editable=False)
    draft_seconds = models.FloatField(null=True, blank=True, editable=False)
    #: How many drafts have been made for this page: shows in the admin, and lets tests see that an
    #: unchanged page is not read again.
    draft_generations = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("audio version")
        verbose_name_plural = _("audio versions")

    def __str__(self):
        return str(self.page)

    @classmethod
    def for_page(cls, page):
        """The page's audio version or None, looked up once per page object ("Listen to this page" and "Other
        formats and languages" both ask)."""
        if "_audio_version" not in page.__dict__:
            page._audio_version = cls.objects.filter(page_id=page.pk).first() if page.pk else None
        return page._audio_version

    @property
    def audio_file(self):
        """What the page plays: the person's recording if there is one, else a ready draft, else None."""
        if self.recording:
            return self.recording
        if self.draft and self.draft_status == self.DraftStatus.READY:
            return self.draft
        return None

    @property
    def audio_seconds(self):
        """How long the audio the page plays lasts, in seconds, or None where that is not known."""
        if self.recording:
            return self.recording_seconds
        return self.draft_seconds if self.audio_file else None

    @property
    def in_use(self):
        """Which audio the page plays, in words, for editors."""
        if self.recording:
            return _("Recorded by a person")
        if self.audio_file:
            return _("Computer-read voice")
        return _("None")
