from pathlib import Path

from django import template
from wagtail.models import Page

from carers_site.audio.speech import mime_type, page_paragraphs, voice_for
from carers_site.core.languages import locale_codes
from carers_site.core.privacy import is_private
from resources.audio_models import AudioVersion

register = template.Library()


@register.inclusion_tag("resources/page_audio.html")
def page_audio(page):
    """ "Listen to this page": the player, who is speaking, a download link and the transcript, or why there is
    no audio yet. Shows nothing for things that are not Wagtail pages (a view's "page" may be a paginator's),
    nor for private pages: their audio would be a public file (see update_draft in audio_models.py)."""
    if not isinstance(page, Page) or is_private(page):
        return {"show": False}
    audio = AudioVersion.for_page(page)
    audio_file = audio.audio_file if audio else None
    language = locale_codes().get(page.locale_id, "")
    if audio_file:
        try:
            size = audio_file.size
        except OSError:  # the file has gone from storage: still offer the link
            size = None
        return {
            "show": True,
            "state": "playing",
            "audio_file": audio_file,
            "recorded": bool(audio.recording),
            "mime_type": mime_type(audio_file.name),
            "file_type": Path(audio_file.name).suffix.lstrip(".").upper(),
            "size": size,
            "transcript": page_paragraphs(page),
            "language": language,
        }
    if voice_for(language) is None:
        state = "no_voice"
    elif audio is None or audio.draft_status == AudioVersion.DraftStatus.PENDING:
        state = "preparing"
    else:
        state = "none"
    return {"show": True, "state": state}
