"""Audio versions of pages: the text a page reads out, computer-read drafts, and checks on uploaded recordings.

The model that stores them (AudioVersion) is in audio_models.py; this module holds the parts that need no
database, so they are easy to test and to time (see benchmark_audio.py).
"""

import hashlib
import re
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField
from wagtail.images.blocks import ImageBlock

# The espeak-ng voice for each site language. English uses the British voice because the site is for
# carers in the UK. Somali ("so") is missing on purpose: espeak-ng has no Somali voice, so Somali pages
# get no computer-read draft and say so (an editor can still upload a recording).
VOICES = {
    "en": "en-gb",
    "cy": "cy",
    "pl": "pl",
    "ur": "ur",
    "bn": "bn",
    "pa": "pa",
    "gu": "gu",
    "tr": "tr",
    "ro": "ro",
    "lt": "lt",
}

# espeak-ng reads at 175 words a minute by default: a little fast for people listening in a second language.
SPEED = 155
BITRATE = "48k"  # mono MP3: clear for speech, about 0.35 MB a minute, plays in every browser
TOOL_TIMEOUT = 600  # seconds for each of espeak-ng and ffmpeg; a very long page takes a few seconds

# Uploaded recordings, by the kind found in the file's first bytes (also the file extension): MIME type.
AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
}

# Model fields read aloud after the title, in this order, where a page type has them.
SPOKEN_FIELDS = [
    "summary",
    "intro",
    "description",
    "questions",  # the support-network map's questions, read before the text after them
    "body",
    "pathways",
    "booking_details",
    "eligibility",
    "how_to_refer",
]


class AudioError(Exception):
    """Making a draft failed; the message is shown to editors as it is."""


def voice_for(language_code):
    """The espeak-ng voice for a language code such as "en" or "pt-br", or None if it has none."""
    return VOICES.get(language_code.lower().split("-")[0])


# --- the page's text ---------------------------------------------------------------------------------------


class _TextCollector(HTMLParser):
    """Turns rich text HTML into plain paragraphs: a new one at each paragraph, list item, heading or break."""

    BREAKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "div", "blockquote", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = [""]

    def handle_starttag(self, tag, attrs):
        if tag in self.BREAKS:
            self.paragraphs.append("")

    def handle_endtag(self, tag):
        self.handle_starttag(tag, [])

    def handle_data(self, data):
        self.paragraphs[-1] += data


def _tidy(paragraphs):
    cleaned = (" ".join(paragraph.split()) for paragraph in paragraphs)
    return [paragraph for paragraph in cleaned if paragraph]


def html_paragraphs(html):
    collector = _TextCollector()
    collector.feed(html or "")
    collector.close()
    return _tidy(collector.paragraphs)


def plain_paragraphs(text):
    return _tidy(re.split(r"\n\s*\n", text or ""))


def block_paragraphs(block, value):
    """The words in a StreamField block, skipping what is not prose (links, emails, choices, chosen pages)."""
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock):
        return html_paragraphs(value.source)
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return plain_paragraphs(value)
    if isinstance(block, ImageBlock):
        return []  # a picture (its value is an Image, not a StructValue); the page's text already says what it shows
    if isinstance(block, blocks.StructBlock):
        return [text for name, child in block.child_blocks.items() for text in block_paragraphs(child, value.get(name))]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_paragraphs(block.child_block, item)]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_paragraphs(child.block, child.value)]
    return []


def page_paragraphs(page):
    """The readable text of a page, as plain paragraphs: its title, summary or intro, then its body."""
    page = page.specific
    paragraphs = [page.title]
    for name in SPOKEN_FIELDS:
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        value = getattr(page, name)
        if isinstance(value, StreamValue):
            paragraphs += block_paragraphs(value.stream_block, value)
        elif isinstance(field, RichTextField):
            paragraphs += html_paragraphs(value)
        elif isinstance(value, str):
            paragraphs += plain_paragraphs(value)
    return paragraphs


def spoken_text(page):
    """The page's text with a blank line between paragraphs: read aloud for drafts, shown as the transcript."""
    return "\n\n".join(page_paragraphs(page))


def _digits_one_by_one(match):
    return ", ".join(" ".join(group) for group in match.group().split())


def speakable(text):
    """Text as espeak-ng should read it: phone numbers digit by digit ("1 1 6, 1 2 3", not "a hundred and
    sixteen, a hundred and twenty-three"). Only digit runs with spaces or of five or more digits, and 999 and
    111, are changed, so years and amounts are read as numbers."""
    return re.sub(r"\b(?:\d+ )+\d+\b|\b\d{5,}\b|\b(?:999|111)\b", _digits_one_by_one, text)


def draft_fingerprint(text, voice):
    """Changes whenever the draft would sound different: the words, the voice or the speech settings."""
    recipe = f"{voice}\n{SPEED}\n{BITRATE}\n{speakable(text)}"
    return hashlib.sha256(recipe.encode("utf-8")).hexdigest()


# --- making a draft ----------------------------------------------------------------------------------------


def _run(command, tool):
    try:
        result = subprocess.run(command, capture_output=True, timeout=TOOL_TIMEOUT)
    except FileNotFoundError:
        raise AudioError(f"{tool} is not installed on the server (Debian package: {tool}).") from None
    except subprocess.TimeoutExpired:
        raise AudioError(f"{tool} took more than {TOOL_TIMEOUT} seconds and was stopped.") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip() or f"exit status {result.returncode}"
        raise AudioError(f"{tool} failed: {message[-500:]}")


def make_mp3(text, voice):
    """Reads text aloud with espeak-ng and returns it as mono MP3 bytes (ffmpeg with LAME).

    Works in a temporary folder: the text goes in as a UTF-8 file (so no encoding surprises on a pipe),
    espeak-ng writes a WAV there, and ffmpeg encodes that, so each tool's failure is reported on its own.
    """
    with tempfile.TemporaryDirectory(prefix="carers-audio-") as folder:
        text_file, wav_file, mp3_file = (Path(folder) / name for name in ("page.txt", "page.wav", "page.mp3"))
        text_file.write_text(speakable(text), encoding="utf-8")
        # -b 1: the text is UTF-8. A blank line between paragraphs gives a pause.
        _run(["espeak-ng", "-v", voice, "-s", str(SPEED), "-b", "1", "-f", text_file, "-w", wav_file], "espeak-ng")
        _run(
            ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", wav_file]
            # -compression_level 7: LAME's quicker search, half the time and no audible loss for speech
            + ["-ac", "1", "-codec:a", "libmp3lame", "-b:a", BITRATE, "-compression_level", "7", mp3_file],
            "ffmpeg",
        )
        return mp3_file.read_bytes()


# --- uploaded recordings -----------------------------------------------------------------------------------


def sniff_audio_kind(head):
    """The kind of audio file from its first bytes (not its name), or None."""
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    if head[4:8] == b"ftyp":
        return "m4a"
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    return None


def _mutagen_reader(kind):
    from mutagen.mp3 import MP3
    from mutagen.mp4 import MP4
    from mutagen.oggflac import OggFLAC
    from mutagen.oggopus import OggOpus
    from mutagen.oggspeex import OggSpeex
    from mutagen.oggvorbis import OggVorbis
    from mutagen.wave import WAVE

    ogg_kinds = (OggVorbis, OggOpus, OggFLAC, OggSpeex)
    return {"mp3": [MP3], "m4a": [MP4], "ogg": ogg_kinds, "wav": [WAVE]}[kind]


def audio_duration(file, kind):
    """Seconds of sound in a file of that kind, read by mutagen; None if it is not really such a file."""
    for reader in _mutagen_reader(kind):
        file.seek(0)
        try:
            length = reader(file).info.length
        except Exception:  # mutagen raises many different errors for files it cannot read
            continue
        if length and length > 0:
            return length
    return None


def megabytes(size):
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


def check_recording(upload):
    """Checks an uploaded recording by size and by content. Returns (kind, seconds) or raises ValidationError."""
    limit = settings.AUDIO_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s MB. A recording can be %(limit)s MB at most.")
            % {"size": megabytes(upload.size), "limit": megabytes(limit)},
            code="too_big",
        )
    not_audio = ValidationError(
        _("This file is not a recording we can play. Upload an MP3, M4A, OGG or WAV sound file."), code="not_audio"
    )
    upload.seek(0)
    kind = sniff_audio_kind(upload.read(12))
    if kind is None:
        raise not_audio
    seconds = audio_duration(upload, kind)
    upload.seek(0)
    if seconds is None:
        raise not_audio
    return kind, seconds


def mime_type(file_name):
    return AUDIO_TYPES.get(Path(file_name).suffix.lower().lstrip("."), "application/octet-stream")
