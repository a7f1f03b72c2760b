"""With the production settings, gunicorn serves uploads itself (site/privacy/media.py): public files with caching
headers and byte ranges, private ones never, whatever their address."""

import json
import shutil

import pytest

from tests.site.test_production_settings import fetch, gunicorn, manage, production_env

pytestmark = pytest.mark.system

MAKE_CONTENT = """
import json
from django.core.files.base import ContentFile
from wagtail.images.tests.utils import get_test_image_file
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from resources.audio_models import AudioVersion
from tests.factories.resources import DocumentFactory, GuidancePageFactory

home = Page.objects.get(depth=2)
image = get_image_model().objects.create(title="Chart", file=get_test_image_file())
rendition = image.get_rendition("width-100")
public = GuidancePageFactory(parent=home, title="Open", slug="open")
public.save_revision().publish()
secret = DocumentFactory(title="Staff rota", file__filename="staff-rota.pdf", file__data=b"%PDF-1.4 staff only")
private = GuidancePageFactory(
    parent=home, title="Staff", slug="staff",
    body=json.dumps([{"type": "download", "value": {"document": secret.pk, "title": "", "language": "en"}}]),
)
private.save_revision().publish()
PageViewRestriction.objects.create(page=private, restriction_type="login")
open_audio = AudioVersion.objects.create(page=public, recording=ContentFile(b"ID3" + bytes(997), name="a.mp3"))
staff_audio = AudioVersion.objects.create(page=private, recording=ContentFile(b"ID3 staff", name="b.mp3"))
print(json.dumps({
    "image": image.file.name, "rendition": rendition.file.name, "open_audio": open_audio.recording.name,
    "staff_audio": staff_audio.recording.name, "secret": secret.file.name, "secret_url": secret.url,
}))
"""


def test_gunicorn_serves_public_media_only(db, tmp_path, migrated_database):  # db first: the database exists
    env = production_env(tmp_path, ALLOWED_HOSTS="127.0.0.1")
    shutil.copyfile(migrated_database, tmp_path / "db.sqlite3")
    made = manage(env, "shell", "-c", MAKE_CONTENT, check=False)
    assert made.returncode == 0, made.stderr[-3000:]
    names = json.loads(made.stdout.strip().splitlines()[-1])
    manage(env, "collectstatic", "--noinput")  # the 404 page's stylesheet
    https = {"X-Forwarded-Proto": "https"}
    with gunicorn(env, tmp_path) as url:
        for kind in ("image", "rendition", "open_audio"):
            status, headers, body = fetch(f"{url}/media/{names[kind]}", **https)
            assert status == 200, kind
            assert body == (tmp_path / "media" / names[kind]).read_bytes()
            assert headers["Cache-Control"] == "public, max-age=600"
            assert headers["Last-Modified"]
            assert headers["X-Content-Type-Options"] == "nosniff"
        status, headers, body = fetch(f"{url}/media/{names['open_audio']}", Range="bytes=0-2", **https)
        assert (status, body, headers["Content-Range"]) == (206, b"ID3", "bytes 0-2/1000")

        # A private page's recording and document: not at their media address, whatever the visitor knows.
        for kind in ("staff_audio", "secret"):
            assert (tmp_path / "media" / names[kind]).exists()
            assert fetch(f"{url}/media/{names[kind]}", **https)[0] == 404, kind
        status, headers, _ = fetch(url + names["secret_url"], **https)
        assert status == 302 and "/_util/login/" in headers["Location"]
        # Nothing outside the folder, and nothing no upload names.
        (tmp_path / "media" / "stray.txt").write_text("not an upload")
        for path in ("stray.txt", "../db.sqlite3", "%2e%2e/db.sqlite3"):
            assert fetch(f"{url}/media/{path}", **https)[0] == 404, path
