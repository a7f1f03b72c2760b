"""The audio version of a page, and the background task that keeps its computer-read draft up to date.

Every translation is its own Wagtail page with its own locale, so one AudioVersion per page is one per page
and language. An editor may upload a recording made by a person; the page then plays that. The
computer-read draft is still kept up to date when the page changes (it takes a second or so), so that if
the recording is removed the page falls back to a draft that matches its text.
"""

import io
import logging
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published

from .audio import AudioError, audio_duration, draft_fingerprint, make_mp3, spoken_text, voice_for

logger = logging.getLogger(__name__)


def _file_name(audio, extension):
    page = audio.page
    return f"{page.pk}-{page.locale.language_code}{extension}"


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

    @property
    def audio_file(self):
        """What the page plays: the person's recording if there is one, else a ready draft, else None."""
        if self.recording:
            return self.recording
        if self.draft and self.draft_status == self.DraftStatus.READY:
            return self.draft
        return None

    @property
    def in_use(self):
        """Which audio the page plays, in words, for editors."""
        if self.recording:
            return _("Recorded by a person")
        if self.audio_file:
            return _("Computer-read voice")
        return _("None")


# Fields the draft maker writes; saved on their own so an editor's upload at the same moment is not undone.
DRAFT_FIELDS = [
    "draft",
    "draft_status",
    "draft_text_hash",
    "draft_error",
    "draft_generated_at",
    "draft_seconds",
    "draft_generations",
]


def update_draft(page, force=False):
    """Makes the page's computer-read draft unless it is up to date; returns what happened:
    "made", "unchanged", "no voice", "failed" or "private". Works on the page as it is in the database (the
    live one).

    A private page (one with view restrictions, such as a resource only for the Professionals group) gets no
    computer-read draft: files under /media are public, so its MP3 would let anyone hear what the page says.
    A draft made before the page became private is deleted.
    """
    page = page.specific
    if page.get_view_restrictions().exists():
        remove_draft_of_private_page(page)
        return "private"
    audio, _created = AudioVersion.objects.get_or_create(page_id=page.pk)
    old_draft = audio.draft.name
    voice = voice_for(page.locale.language_code)
    if voice is None:
        audio.draft = ""
        audio.draft_status = AudioVersion.DraftStatus.NO_VOICE
        audio.draft_error = ""
        outcome = "no voice"
    else:
        text = spoken_text(page)
        text_hash = draft_fingerprint(text, voice)
        ready = audio.draft_status == AudioVersion.DraftStatus.READY and audio.draft
        if ready and audio.draft_text_hash == text_hash and not force:
            return "unchanged"
        try:
            mp3 = make_mp3(text, voice)
        except AudioError as error:
            logger.warning("No audio draft for page %s: %s", page.pk, error)
            audio.draft_status = AudioVersion.DraftStatus.FAILED
            audio.draft_error = str(error)
            audio.save(update_fields=DRAFT_FIELDS)
            return "failed"
        # A new name for each text, so browsers and caches never play an old draft.
        audio.draft.save(_file_name(audio, f"-{text_hash[:12]}.mp3"), ContentFile(mp3), save=False)
        audio.draft_seconds = audio_duration(io.BytesIO(mp3), "mp3")
        audio.draft_text_hash = text_hash
        audio.draft_status = AudioVersion.DraftStatus.READY
        audio.draft_error = ""
        audio.draft_generated_at = timezone.now()
        audio.draft_generations += 1
        outcome = "made"
    audio.save(update_fields=DRAFT_FIELDS)
    if old_draft and old_draft != audio.draft.name:
        audio.draft.storage.delete(old_draft)
    return outcome


def remove_draft_of_private_page(page):
    audio = AudioVersion.objects.filter(page_id=page.pk).first()
    if audio is None:
        return
    old_draft = audio.draft.name
    audio.draft = ""
    audio.draft_status = AudioVersion.DraftStatus.FAILED
    audio.draft_text_hash = ""
    audio.draft_seconds = None
    audio.draft_error = _(
        "This page is private, so it has no computer-read audio: anyone could open the audio file. "
        "The page does not show a player."
    )
    audio.save(update_fields=DRAFT_FIELDS)
    if old_draft:
        audio.draft.storage.delete(old_draft)


@task(backend="audio")
def make_audio_draft(page_id, force=False):
    """Background task (queued when a page is published): see update_draft."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return "page deleted"
    return update_draft(page, force=force)


@receiver(page_published, dispatch_uid="resources_audio_draft_on_publish")
def queue_audio_draft(sender, instance, **kwargs):
    # After the commit, so a worker in another process sees the published text.
    page_id = instance.pk
    transaction.on_commit(lambda: make_audio_draft.enqueue(page_id))


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="resources_audio_page_made_private")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="resources_audio_page_made_public")
def refresh_audio_when_privacy_changes(sender, instance, **kwargs):
    """A page made private loses its draft now, not at its next publish; a page with audio that is made public
    again gets its draft back now too. (Others get one when next published.)"""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the page is being deleted
        return
    page_ids = AudioVersion.objects.filter(page__path__startswith=page.path).values_list("page_id", flat=True)
    for page_id in page_ids:
        transaction.on_commit(lambda page_id=page_id: make_audio_draft.enqueue(page_id))


@receiver(post_delete, sender=AudioVersion, dispatch_uid="resources_audio_delete_files")
def delete_audio_files(sender, instance, **kwargs):
    for file in (instance.recording, instance.draft):
        if file:
            name, storage = file.name, file.storage
            transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
