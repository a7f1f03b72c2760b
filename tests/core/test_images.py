"""Pictures in page bodies: Wagtail's ImageBlock (alt text or "decorative"), served as responsive WebP and JPEG
renditions that load lazily and keep their space while they load."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from carers_site.audio.speech import spoken_text
from carers_site.core.blocks import BodyStreamBlock
from tests.factories.resources import GuidancePageFactory

ALT = "A carer sits on a park bench with a hot drink."
CAPTION = "A sitting service gives you a few hours to yourself."


@pytest.fixture
def photo(db):
    """A 1200 x 800 picture made in memory, as an editor's upload would be."""
    picture = PillowImage.new("RGB", (1200, 800), "#005eb8")
    picture.paste(PillowImage.new("RGB", (400, 400), "#ffb81c"), (100, 200))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = get_image_model()(title="Park bench", file=ImageFile(buffer, name="park-bench.png"))
    image.save()
    return image


def image_block(image, alt_text=ALT, decorative=False, caption=CAPTION):
    value = {"image": {"image": image.pk, "alt_text": alt_text, "decorative": decorative}, "caption": caption}
    return {"type": "image", "value": value}


def rendered(client, home, *blocks):
    page = GuidancePageFactory(parent=home, title="Taking a break", body=list(blocks))
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("main figure")


def test_a_picture_has_webp_and_jpeg_renditions_in_three_widths_loaded_lazily(client, home, photo):
    figure = rendered(client, home, image_block(photo))
    source = figure.select_one("picture source")
    assert source["type"] == "image/webp"
    webp = [candidate.split() for candidate in source["srcset"].split(", ")]
    assert [width for _url, width in webp] == ["320w", "640w", "960w"]
    assert all(url.endswith(".webp") for url, _width in webp)
    assert "100vw" in source["sizes"]

    img = figure.select_one("picture img")
    assert img["alt"] == ALT
    assert img["src"].endswith(".jpg")  # the fallback for browsers without WebP
    assert [candidate.split()[1] for candidate in img["srcset"].split(", ")] == ["320w", "640w", "960w"]
    # Width and height keep the picture's shape (3:2) so the page does not jump when it arrives.
    assert (img["width"], img["height"]) == ("320", "213")
    assert img["loading"] == "lazy" and img["decoding"] == "async"
    assert img["sizes"] == source["sizes"]
    assert figure.select_one("figcaption").get_text(strip=True) == CAPTION


def test_the_renditions_are_really_webp_and_jpeg_at_the_stated_widths(client, home, photo):
    figure = rendered(client, home, image_block(photo))
    renditions = {rendition.file.name.rsplit("/", 1)[-1]: rendition for rendition in photo.renditions.all()}
    urls = [candidate.split()[0] for candidate in figure.select_one("source")["srcset"].split(", ")]
    urls += [candidate.split()[0] for candidate in figure.select_one("img")["srcset"].split(", ")]
    assert len(urls) == 6
    for url in urls:
        rendition = renditions[url.rsplit("/", 1)[-1]]
        with rendition.file.open("rb") as file:
            made = PillowImage.open(io.BytesIO(file.read()))
        assert made.format == ("WEBP" if url.endswith(".webp") else "JPEG")
        assert made.size == (rendition.width, rendition.height)
    assert sorted({rendition.width for rendition in renditions.values()}) == [320, 640, 960]


def test_a_decorative_picture_has_empty_alt_text_and_no_caption_when_none_is_given(client, home, photo):
    figure = rendered(client, home, image_block(photo, alt_text="", decorative=True, caption=""))
    assert figure.select_one("img")["alt"] == ""
    assert figure.select_one("figcaption") is None


def test_a_picture_needs_alt_text_unless_it_is_marked_decorative(photo):
    from wagtail.blocks import StreamBlockValidationError

    stream = BodyStreamBlock()
    with pytest.raises(StreamBlockValidationError):
        stream.clean(stream.to_python([image_block(photo, alt_text="")]))
    stream.clean(stream.to_python([image_block(photo, alt_text="", decorative=True)]))
    stream.clean(stream.to_python([image_block(photo)]))


def test_the_audio_transcript_reads_the_caption_and_skips_the_picture(home, photo):
    page = GuidancePageFactory(parent=home, title="Taking a break", summary="Time off.", body=[image_block(photo)])
    assert spoken_text(page) == f"Taking a break\n\nTime off.\n\n{CAPTION}"


def test_the_alt_text_and_caption_are_translated_with_the_page(client, home, photo):
    """Through wagtail-localize, as translators work: the Urdu page shows Urdu alt text and caption."""
    from wagtail.models import Locale
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    urdu = Locale.objects.get_or_create(language_code="ur")[0]
    page = GuidancePageFactory(parent=home, title="Taking a break", body=[image_block(photo)])
    home.copy_for_translation(urdu).save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    segments = {segment.string.data: segment for segment in source.stringsegment_set.select_related("string")}
    assert ALT in segments and CAPTION in segments
    for text, segment in segments.items():
        StringTranslation.objects.create(
            translation_of=segment.string, locale=urdu, context=segment.context, data=f"[ur] {text}"
        )
    # Saved as a draft, then published, as load_demo does: save_target(publish=True) waits for a commit.
    Translation.objects.create(source=source, target_locale=urdu).save_target(publish=False)
    translated = page.get_translation(urdu)
    translated.get_latest_revision().publish()
    figure = BeautifulSoup(client.get(translated.url).content, "html.parser").select_one("main figure")
    assert figure.select_one("img")["alt"] == f"[ur] {ALT}"
    assert figure.select_one("figcaption").get_text(strip=True) == f"[ur] {CAPTION}"
    assert figure.select_one("source")["srcset"].count(".webp") == 3
