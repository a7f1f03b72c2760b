"""Computer-read drafts of every page's audio (resources.AudioVersion), made by a background task
when a page is published or its privacy changes. Connected in CarersSiteConfig.ready()."""

import io
import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published

from carers_site.audio.speech import AudioError, audio_duration, draft_fingerprint, make_mp3, spoken_text, voice_for
from carers_site.core.privacy import covered_by_q
from resources.audio_models import AudioVersion, _file_name

logger = logging.getLogger(__name__)


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

    A private page (one with view restrictions, or a translation of one, such as a resource only for the
    Professionals group) gets no computer-read draft, which would say its words to anyone who found the file.
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
def refresh_audio_when_privacy_changes(sender, instance, signal, **kwargs):
    """A page made private loses its computer-read drafts now, in every language (its translations and aliases and
    the pages below them), not when a worker runs; a recording stays, refused at its address to those who may not
    read the page (carers_site/privacy/media.py). A page made public again gets its drafts back (queued)."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the page is being deleted
        return
    audio_versions = AudioVersion.objects.filter(page__in=Page.objects.filter(covered_by_q(page)))
    if signal is post_save:
        for audio in audio_versions.exclude(draft="").select_related("page"):
            remove_draft_of_private_page(audio.page)
        return
    for page_id in audio_versions.values_list("page_id", flat=True):
        transaction.on_commit(lambda page_id=page_id: make_audio_draft.enqueue(page_id))


@receiver(post_delete, sender=AudioVersion, dispatch_uid="resources_audio_delete_files")
def delete_audio_files(sender, instance, **kwargs):
    for file in (instance.recording, instance.draft):
        if file:
            name, storage = file.name, file.storage
            transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
