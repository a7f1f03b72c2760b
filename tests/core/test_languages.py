"""Pages in several languages: the switcher, hreflang, right to left, draft translations, Translators."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.utils.translation import override
from wagtail.models import Locale

from carers_site.ops.roles import TRANSLATORS, ensure_locales
from tests.factories.resources import GuidancePageFactory
from tests.helpers import translate_page as translate


@pytest.fixture
def guidance(home):
    page = GuidancePageFactory(parent=home, title="Carer's assessment", slug="carers-assessment")
    page.save_revision().publish()
    return page


def switcher_links(html):
    nav = re.search(r'<nav class="app-languages".*?</nav>', html, re.S)
    return re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', nav.group(0)) if nav else []


@pytest.mark.django_db
def test_every_language_in_settings_has_a_locale(settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [*settings.WAGTAIL_CONTENT_LANGUAGES, ("fr", "Français")]
    assert ensure_locales() == ["fr"]
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    assert ensure_locales() == []


def test_switcher_lists_only_the_languages_the_page_exists_in(client, guidance):
    translate(guidance, "cy", "Asesiad gofalwr")
    translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    html = client.get("/carers-assessment/").content.decode()
    assert switcher_links(html) == [
        ("/carers-assessment/", "en"),
        ("/cy/carers-assessment/", "cy"),
        ("/ur/carers-assessment/", "ur"),
    ]
    # Each link leads to the same page in that language.
    assert "Asesiad gofalwr" in client.get("/cy/carers-assessment/").content.decode()


def test_hreflang_alternates_name_every_translation(client, guidance):
    translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    html = client.get("/ur/carers-assessment/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html))
    assert alternates == {
        "en": "http://testserver/carers-assessment/",
        "x-default": "http://testserver/carers-assessment/",
        "ur": "http://testserver/ur/carers-assessment/",
    }


def test_a_page_only_in_english_has_no_switcher(client, guidance):
    html = client.get("/carers-assessment/").content.decode()
    assert 'class="app-languages"' not in html
    assert 'hreflang="cy"' not in html


def test_alias_pages_are_not_offered_as_translations(client, guidance):
    """wagtail-localize's tree sync makes alias pages that only repeat the English; they are not translations."""
    urdu = Locale.objects.get(language_code="ur")
    guidance.copy_for_translation(urdu, copy_parents=True, alias=True)
    html = client.get("/carers-assessment/").content.decode()
    assert switcher_links(html) == []


def test_urdu_pages_are_right_to_left_with_numbers_left_to_right(client, guidance, crisis_lines):
    translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    html = client.get("/ur/carers-assessment/").content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    assert 'href="tel:+442085540490"' in html
    # The number sits in an element the stylesheet isolates as left to right.
    assert re.search(r'href="tel:116123"><span class="app-crisis__number">.*?<span class="app-phone">116 123<', html)
    welsh = translate(guidance, "cy", "Asesiad gofalwr")
    assert '<html lang="cy" dir="ltr">' in client.get(welsh.url).content.decode()


def test_a_translation_says_it_is_a_draft_until_a_native_speaker_has_checked_it(client, guidance):
    urdu = translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    html = client.get("/ur/carers-assessment/").content.decode()
    assert "app-draft-translation" in html
    assert 'href="/carers-assessment/" lang="en" hreflang="en"' in html
    assert "app-draft-translation" not in client.get("/carers-assessment/").content.decode()

    urdu.translation_checked = True
    urdu.save_revision().publish()
    assert "app-draft-translation" not in client.get("/ur/carers-assessment/").content.decode()


def test_checking_a_translation_does_not_mark_the_english_page(guidance):
    urdu = translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    urdu.translation_checked = True
    urdu.save_revision().publish()
    guidance.refresh_from_db()
    assert guidance.translation_checked is False
    assert guidance.translation_is_draft is False


def test_views_that_are_not_pages_offer_the_languages_with_content(client, home):
    """Search and forms work in any language, but the bar only offers those the site has pages in."""
    assert switcher_links(client.get("/search/?q=respite").content.decode()) == []  # English only so far
    translate(home, "ur", "نگہداشت کرنے والوں کے لیے مدد")
    translate(home, "cy", "Help i ofalwyr")
    links = switcher_links(client.get("/search/?q=respite").content.decode())
    assert links == [("/search/?q=respite", "en"), ("/cy/search/?q=respite", "cy"), ("/ur/search/?q=respite", "ur")]
    assert '<html lang="ur" dir="rtl">' in client.get("/ur/search/?q=respite").content.decode()


def test_translators_may_translate_but_not_publish(django_user_model, guidance):
    translator = django_user_model.objects.create_user("translator", password="a long passphrase 1")
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    urdu = translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    permissions = urdu.permissions_for_user(translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert translator.has_perm("directory.change_crisisline")
    assert not translator.has_perm("directory.delete_crisisline")


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.com", "a long passphrase 1"))
    return client


def test_unpublishing_an_english_page_unpublishes_its_translations(admin_client, guidance):
    urdu = translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    response = admin_client.post(f"/admin/pages/{guidance.pk}/unpublish/")
    assert response.status_code == 302
    urdu.refresh_from_db()
    assert not urdu.live


def test_unpublishing_a_translation_leaves_the_english_page_live(admin_client, guidance):
    urdu = translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    admin_client.post(f"/admin/pages/{urdu.pk}/unpublish/")
    urdu.refresh_from_db()
    guidance.refresh_from_db()
    assert not urdu.live and guidance.live


def test_moving_an_english_page_moves_its_translations(admin_client, home, guidance):
    section = GuidancePageFactory(parent=home, title="Advice", slug="advice")
    section.save_revision().publish()
    translate(section, "ur", "مشورہ")
    urdu = translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    response = admin_client.post(f"/admin/pages/{guidance.pk}/move/{section.pk}/confirm/")
    assert response.status_code == 302
    urdu.refresh_from_db()
    assert urdu.get_parent().specific.title == "مشورہ"
    assert urdu.url == "/ur/advice/carers-assessment/"


def test_translated_crisis_lines_always_show_the_english_numbers(client, home, crisis_lines):
    line = crisis_lines[3]
    urdu = line.copy_for_translation(Locale.objects.get(language_code="ur"))
    urdu.name = "نگہداشت کرنے والوں کی ہیلپ لائن"
    urdu.save()
    line.phone = "020 8554 0491"  # the English number changes; the translation has not been synced yet
    line.save()
    html = client.get("/ur/").content.decode()
    assert "نگہداشت کرنے والوں کی ہیلپ لائن" in html
    assert 'href="tel:+442085540491"' in html and "+442085540490" not in html


def test_the_menu_keeps_untranslated_sections_in_english(client, home, guidance):
    GuidancePage = type(guidance)
    GuidancePage.objects.filter(pk=guidance.pk).update(show_in_menus=True)
    other = GuidancePageFactory(parent=home, title="Money", slug="money", show_in_menus=True)
    other.save_revision().publish()
    guidance.refresh_from_db()
    guidance.save_revision().publish()
    translate(guidance, "ur", "نگہداشت کرنے والے کا جائزہ")
    nav = re.search(r'<nav class="app-nav".*?</nav>', client.get("/ur/").content.decode(), re.S).group(0)
    assert re.findall(r'<a href="([^"]+)"', nav) == ["/ur/carers-assessment/", "/money/"]
    assert '<a href="/money/" lang="en" dir="ltr">' in nav  # an English section is marked as English (and isolated)
    assert '<a href="/ur/carers-assessment/">' in nav


def test_a_service_can_be_translated_and_keeps_its_id(home):
    from django.core.exceptions import ValidationError

    from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory

    directory = DirectoryIndexPageFactory(parent=home)
    service = ServicePageFactory(parent=directory, title="Carers' café", reference="cafe-1")
    service.save_revision().publish()
    urdu = translate(service, "ur", "نگہداشت کرنے والوں کا کیفے")
    assert urdu.reference == "cafe-1"
    urdu.full_clean()  # the same service in another language may share the id
    with override("en"):  # other tests may leave another language active in this thread
        with pytest.raises(ValidationError) as error:
            ServicePageFactory(parent=directory, title="Another café", reference="cafe-1")
        assert error.value.message_dict["reference"] == ["Another service already has this id."]


@pytest.mark.parametrize("path", ["//evil.example/x", "//evil.example/x/", "///evil.example/x/", "/\\evil.example/x/"])
def test_language_links_on_a_404_page_stay_on_this_site(client, home, path):
    """A path starting "//host" is read by browsers as another site's address: the 404 page's language links must
    not repeat it as it is."""
    translate(home, "cy", "Hafan")
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    links = switcher_links(response.content.decode())
    assert [code for _url, code in links] == ["en", "cy"]
    for url, _code in links:
        assert url.startswith("/") and not url.startswith(("//", "/\\")), url
        assert urlsplit(url.replace("\\", "/")).netloc == "", url
