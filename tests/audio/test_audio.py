"""Audio versions of pages, with the real espeak-ng and ffmpeg (Debian packages; make test installs them)."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from mutagen.mp3 import MP3
from wagtail.models import Locale, Page

from carers_site.audio.speech import speakable, spoken_text
from resources.audio_models import AudioVersion
from tests.factories.resources import GuidancePageFactory

pytestmark = pytest.mark.skipif(
    not (shutil.which("espeak-ng") and shutil.which("ffmpeg")), reason="needs Debian's espeak-ng and ffmpeg"
)

BODY = [
    ("heading", "Ask for an assessment"),
    ("paragraph", "<p>Your council must <b>listen</b> to you.</p><ul><li>Call them.</li><li>Write to them.</li></ul>"),
]


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publishes a page as an editor does; the audio task (immediate in tests) runs after the commit."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return AudioVersion.objects.filter(page=page).first()

    return publish


@pytest.fixture
def guidance(home):
    return GuidancePageFactory(parent=home, title="Carer's assessment", summary="What it is.", body=BODY)


def sound_file(tmp_path, name, *codec, seconds=1):
    """A real recording of a tone, made by ffmpeg, in the format the file name says."""
    path = tmp_path / name
    tone = ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}", "-ac", "1"]
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *tone, *codec, path], check=True)
    return path


def upload(path, name=None):
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def test_the_transcript_is_the_page_text_in_plain_paragraphs(guidance):
    assert spoken_text(guidance) == (
        "Carer's assessment\n\nWhat it is.\n\nAsk for an assessment\n\nYour council must listen to you.\n\n"
        "Call them.\n\nWrite to them."
    )


def test_phone_numbers_are_read_digit_by_digit_but_years_are_not():
    assert speakable("Call 116 123, 0800 1111 or 999 (since 2026).") == (
        "Call 1 1 6, 1 2 3, 0 8 0 0, 1 1 1 1 or 9 9 9 (since 2026)."
    )


def test_publishing_makes_a_computer_read_mp3(guidance, publish):
    audio = publish(guidance)

    assert audio.draft_status == AudioVersion.DraftStatus.READY
    assert audio.draft.name.endswith(".mp3")
    with audio.draft.open("rb") as file:
        data = file.read()
    assert MP3(io.BytesIO(data)).info.length > 1
    assert audio.draft_seconds > 1
    assert audio.draft_generations == 1


def test_publishing_a_changed_page_remakes_its_audio_once_and_an_unchanged_one_never(guidance, publish):
    first = publish(guidance)
    first_name, first_made = first.draft.name, first.draft_generated_at

    unchanged = publish(guidance)
    assert (unchanged.draft_generations, unchanged.draft.name) == (1, first_name)
    assert unchanged.draft_generated_at == first_made

    guidance.body = [("paragraph", "<p>Your council must listen to you, and write down what you say.</p>")]
    changed = publish(guidance)
    assert changed.draft_generations == 2
    assert changed.draft.name != first_name
    assert not changed.draft.storage.exists(first_name)  # the old draft is not left behind

    again = publish(guidance)
    assert (again.draft_generations, again.draft.name) == (2, changed.draft.name)


def test_the_page_has_a_player_the_voice_a_download_and_the_transcript(client, guidance, publish):
    audio = publish(guidance)
    html = client.get(guidance.url).content.decode()

    # One line under the page's heading that opens to the player (a <details>: no script needed).
    assert html.index("<h1>") < html.index('<details class="nhsuk-details app-audio">')
    assert '<span class="nhsuk-details__summary-text" id="app-audio-heading">Listen to this page</span>' in html
    assert '<audio class="app-audio__player" controls preload="none" aria-labelledby="app-audio-heading">' in html
    assert f'<source src="{audio.draft.url}" type="audio/mpeg">' in html
    assert "Computer-read voice (may mispronounce some words)" in html
    assert f'<a href="{audio.draft.url}" download>Download the audio (MP3, ' in html
    assert "<summary" in html and "Read the transcript" in html
    assert "<p>Your council must listen to you.</p>" in html


def test_a_somali_page_gets_no_draft_and_says_so(client, guidance, publish):
    somali = Locale.objects.get_or_create(language_code="so")[0]
    translation = guidance.copy_for_translation(somali, copy_parents=True)

    audio = publish(translation)

    assert audio.draft_status == AudioVersion.DraftStatus.NO_VOICE
    assert not audio.draft
    html = client.get(translation.url).content.decode()
    assert "There is no audio version of this page in this language yet." in html
    assert "<audio" not in html


def test_a_page_waiting_for_its_draft_says_it_is_being_prepared(client, guidance):
    html = client.get(guidance.url).content.decode()

    assert "An audio version of this page is being prepared." in html
    assert "<audio" not in html


def test_a_missing_tool_is_reported_to_editors_and_readers_see_no_player(client, guidance, publish, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")  # as on a server without the Debian packages

    audio = publish(guidance)

    assert audio.draft_status == AudioVersion.DraftStatus.FAILED
    assert audio.draft_error == "espeak-ng is not installed on the server (Debian package: espeak-ng)."
    assert "There is no audio version of this page yet." in client.get(guidance.url).content.decode()


@pytest.mark.parametrize(
    "name, codec, mime",
    [
        ("tone.mp3", ["-c:a", "libmp3lame"], "audio/mpeg"),
        ("tone.ogg", ["-c:a", "libopus"], "audio/ogg"),
        ("tone.wav", [], "audio/wav"),
        ("tone.m4a", ["-c:a", "aac"], "audio/mp4"),
    ],
)
def test_an_editor_uploads_a_recording_which_the_page_plays(
    admin_client, client, guidance, tmp_path, django_capture_on_commit_callbacks, name, codec, mime
):
    recording = sound_file(tmp_path, name, *codec)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("audio_versions:add"), {"page": guidance.pk, "recording": upload(recording)}
        )

    assert response.status_code == 302, response.content.decode()
    audio = AudioVersion.objects.get(page=guidance)
    assert audio.recording.name.endswith(Path(name).suffix)
    assert audio.recording_seconds == pytest.approx(1, abs=0.1)
    assert audio.draft_status == AudioVersion.DraftStatus.READY  # kept ready in case the recording is removed
    html = client.get(guidance.url).content.decode()
    assert f'<source src="{audio.recording.url}" type="{mime}">' in html
    assert "Recorded by a person" in html
    assert "Computer-read voice" not in html


def test_clearing_the_recording_deletes_it_and_the_page_plays_the_draft_again(admin_client, client, guidance, publish):
    audio = publish(guidance)
    audio.recording.save("recording.wav", io.BytesIO(b"a recording"))
    recording = audio.recording.name

    response = admin_client.post(reverse("audio_versions:edit", args=[audio.pk]), {"recording-clear": "on"})

    assert response.status_code == 302
    audio.refresh_from_db()
    assert not audio.recording and not audio.recording.storage.exists(recording)
    html = client.get(guidance.url).content.decode()
    assert f'<source src="{audio.draft.url}" type="audio/mpeg">' in html
    assert "Computer-read voice (may mispronounce some words)" in html


def test_a_recording_is_named_by_what_it_contains_not_what_it_is_called(admin_client, guidance, tmp_path):
    wav = sound_file(tmp_path, "tone.wav")

    admin_client.post(reverse("audio_versions:add"), {"page": guidance.pk, "recording": upload(wav, "tone.mp3")})

    assert AudioVersion.objects.get(page=guidance).recording.name.endswith(".wav")


def test_a_text_file_called_mp3_is_refused_with_a_plain_message(admin_client, guidance):
    fake = SimpleUploadedFile("reading.mp3", b"This is not a recording, just some words.\n" * 50)

    response = admin_client.post(reverse("audio_versions:add"), {"page": guidance.pk, "recording": fake})

    assert response.status_code == 200
    assert "This file is not a recording we can play. Upload an MP3, M4A, OGG or WAV sound file." in (
        response.content.decode()
    )
    assert not AudioVersion.objects.filter(page=guidance).exists()


def test_a_recording_over_the_size_limit_is_refused_with_the_limit_in_mb(admin_client, guidance, tmp_path, settings):
    settings.AUDIO_MAX_UPLOAD_SIZE = 1024 * 1024
    long_recording = sound_file(tmp_path, "long.wav", seconds=60)  # 5.05 MB (44.1 kHz WAV)

    response = admin_client.post(
        reverse("audio_versions:add"), {"page": guidance.pk, "recording": upload(long_recording)}
    )

    assert "This file is 5 MB. A recording can be 1 MB at most." in response.content.decode()
    assert not AudioVersion.objects.filter(page=guidance).exists()


def test_editors_see_the_audio_state_in_the_admin(admin_client, guidance, publish):
    audio = publish(guidance)

    listing = admin_client.get(reverse("audio_versions:index")).content.decode()
    assert "Carer&#x27;s assessment" in listing
    assert "Computer-read voice" in listing and "Ready" in listing
    searched = admin_client.get(reverse("audio_versions:index"), {"q": "assessment", "draft_status": "ready"})
    assert searched.status_code == 200 and "Carer&#x27;s assessment" in searched.content.decode()
    edit_form = admin_client.get(reverse("audio_versions:edit", args=[audio.pk])).content.decode()
    assert "What went wrong" not in edit_form and "Listen" in edit_form
    page_editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[guidance.pk])).content.decode()
    assert "Audio: computer-read" in page_editor


def test_generate_audio_command_makes_missing_drafts_and_skips_up_to_date_ones(home, guidance):
    GuidancePageFactory(parent=home, title="Money", body=[("paragraph", "<p>Carer's Allowance.</p>")])

    first, second = io.StringIO(), io.StringIO()
    call_command("generate_audio", stdout=first, verbosity=0)
    call_command("generate_audio", stdout=second, verbosity=0)

    live_pages = Page.objects.live().filter(depth__gt=1).count()  # every page but the tree's root
    assert f"Drafts made: {live_pages}. Already up to date: 0." in first.getvalue()
    assert f"Drafts made: 0. Already up to date: {live_pages}." in second.getvalue()
    forced = io.StringIO()
    call_command("generate_audio", "--page", str(guidance.pk), "--force", stdout=forced, verbosity=0)
    assert "Drafts made: 1. Already up to date: 0." in forced.getvalue()
    assert AudioVersion.objects.get(page=guidance).draft_generations == 2
    by_slug = io.StringIO()
    call_command("generate_audio", "--slug", guidance.slug, "--force", stdout=by_slug, verbosity=0)
    assert "Drafts made: 1." in by_slug.getvalue()
