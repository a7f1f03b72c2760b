"""The "Translation status" admin report: every page by language, up to date, out of date or missing."""

import csv
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from carers_site.ops.roles import TRANSLATORS
from carers_site.reports.translation_status import (
    MISSING,
    OUT_OF_DATE,
    SHOWS_ENGLISH,
    UP_TO_DATE,
    TranslationStatuses,
)
from resources.models import GuidancePage
from tests.factories.resources import GuidancePageFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """wagtail-localize publishes translations on commit; tests run inside a transaction that never commits."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def localize(run_on_commit):
    """Translate a page with wagtail-localize (as "Translate this page" does) and publish the translation."""

    def translate(page, code):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code=code))
        run_on_commit(translation.save_target, publish=True)
        return page.get_translation(translation.target_locale).specific

    return translate


def publish_change(page, title):
    """An editor changes the English page and publishes it."""
    page.refresh_from_db()
    page.title = title
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate_by_hand(page, code, title):
    """A translation made without wagtail-localize's sync (Wagtail's copy, then edited and published)."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
    copy.title = title
    copy.save_revision().publish()
    return copy


def published_guidance(parent, title, slug):
    page = GuidancePageFactory(parent=parent, title=title, slug=slug)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def guidance(home):
    return published_guidance(home, "Carer's assessment", "carers-assessment")


def status_of(page, code):
    return TranslationStatuses().cell(page.pk, code).status


def report_table(response):
    """{page title: {column heading: cell}} from the report's table."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select("table.listing")[-1]
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = {}
    for tr in table.select("tbody tr"):
        cells = tr.select("td")
        rows[cells[0].select_one("a").get_text(" ", strip=True)] = dict(zip(headings, cells, strict=True))
    return rows


def cell_text(cell):
    return cell.get_text(" ", strip=True)


def csv_rows(response):
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8"))))


# --- the states, proven by really translating, changing and republishing pages -------------------------------


def test_a_page_nobody_has_translated_is_missing_in_every_language(guidance, settings):
    statuses = TranslationStatuses()
    assert [language.code for language in statuses.languages] == [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != "en"
    ]
    assert {language.code: statuses.cell(guidance.pk, language.code).status for language in statuses.languages} == {
        language.code: MISSING for language in statuses.languages
    }


def test_translated_then_english_republished_then_synced(admin_client, guidance, localize, run_on_commit):
    urdu = localize(guidance, "ur")
    assert urdu.live and urdu.alias_of_id is None
    assert status_of(guidance, "ur") == UP_TO_DATE

    # Saving a draft of the English page changes nothing for readers: still up to date.
    guidance.title = "Carer's assessment (draft)"
    guidance.save_revision()
    assert status_of(guidance, "ur") == UP_TO_DATE

    publish_change(guidance, "Your carer's assessment")
    assert status_of(guidance, "ur") == OUT_OF_DATE

    # "Sync translated pages" in wagtail-localize brings the change in: up to date again.
    source = TranslationSource.objects.get_for_instance(guidance)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = run_on_commit(admin_client.post, url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert status_of(guidance, "ur") == UP_TO_DATE
    urdu.refresh_from_db()
    assert urdu.title == "Your carer's assessment"  # untranslated text falls back to the English


def test_syncing_without_publishing_leaves_each_translation_to_its_translator(guidance, localize, run_on_commit):
    localize(guidance, "cy")
    publish_change(guidance, "Your carer's assessment")
    # Translating into Urdu now reuses the source wagtail-localize made for Welsh, which is behind the English.
    localize(guidance, "ur")
    for code in ("cy", "ur"):
        cell = TranslationStatuses().cell(guidance.pk, code)
        assert (cell.status, cell.action) == (OUT_OF_DATE, "sync")

    # "Sync translated pages" without "Publish immediately": the new text waits in the translation editor.
    source = TranslationSource.objects.get_for_instance(guidance)
    source.update_from_db()
    for code in ("cy", "ur"):
        cell = TranslationStatuses().cell(guidance.pk, code)
        assert (cell.status, cell.action, cell.awaiting) == (OUT_OF_DATE, "edit", True)

    # The Welsh translator translates the changes and publishes; the Urdu translation is still behind.
    run_on_commit(source.translations.get(target_locale__language_code="cy").save_target, publish=True)
    assert status_of(guidance, "cy") == UP_TO_DATE
    assert status_of(guidance, "ur") == OUT_OF_DATE
    assert status_of(guidance, "pl") == MISSING


def test_an_alias_page_from_tree_sync_is_not_a_translation(guidance):
    guidance.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True, alias=True)
    assert status_of(guidance, "pl") == SHOWS_ENGLISH
    # Translating a child page makes an alias of its untranslated parent: the home page shows English too.
    assert status_of(guidance.get_parent(), "pl") == SHOWS_ENGLISH


def test_a_translation_made_by_hand_is_out_of_date_when_the_english_is_published_after_it(guidance):
    translate_by_hand(guidance, "bn", "কেয়ারারের মূল্যায়ন")
    assert status_of(guidance, "bn") == UP_TO_DATE
    publish_change(guidance, "Your carer's assessment")
    assert status_of(guidance, "bn") == OUT_OF_DATE


def test_a_stopped_synced_translation_counts_as_made_by_hand(guidance, localize):
    localize(guidance, "tr")
    Translation.objects.filter(target_locale__language_code="tr").update(enabled=False)
    cell = TranslationStatuses().cell(guidance.pk, "tr")
    assert (cell.status, cell.synced) == (UP_TO_DATE, False)
    publish_change(guidance, "Your carer's assessment")
    cell = TranslationStatuses().cell(guidance.pk, "tr")
    assert cell.status == OUT_OF_DATE
    assert cell.url == reverse("wagtailadmin_pages:edit", args=[guidance.get_translation(cell.language.locale_id).pk])


def test_a_translation_saved_as_a_draft_says_so(guidance, run_on_commit):
    source, _created = TranslationSource.get_or_create_from_instance(guidance)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="ro"))
    run_on_commit(translation.save_target, publish=False)
    cell = TranslationStatuses().cell(guidance.pk, "ro")
    assert cell.status == UP_TO_DATE
    assert cell.notes == ["Not published yet"]


# --- the report page ---------------------------------------------------------------------------------------


def locale_id(code):
    return Locale.objects.get(language_code=code).pk


@pytest.fixture
def site_pages(home, guidance, localize, run_on_commit):
    """Every state on one small site.

    Carer's assessment: Welsh up to date; Urdu synced but not yet retranslated (out of date); Polish an alias.
    Taking a break: Urdu out of date (English republished since the sync). The home page has aliases made
    when its children were translated. Everything else is missing.
    """
    localize(guidance, "cy")
    localize(guidance, "ur")
    guidance = publish_change(guidance, "Your carer's assessment")
    TranslationSource.objects.get_for_instance(guidance).update_from_db()  # synced, not published
    welsh = Translation.objects.get(source__object_id=guidance.translation_key, target_locale__language_code="cy")
    run_on_commit(welsh.save_target, publish=True)  # the Welsh translator publishes; the Urdu one has not yet
    guidance.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True, alias=True)

    a_break = published_guidance(home, "Taking a break", "taking-a-break")
    localize(a_break, "ur")
    a_break = publish_change(a_break, "Taking a break from caring")
    return {"home": home, "guidance": guidance, "a_break": a_break}


def test_report_lists_every_page_in_tree_order_with_a_column_per_language(admin_client, site_pages, settings):
    response = admin_client.get(REPORT)
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select("table.listing")[-1]
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    assert headings == [
        "Page",
        "Welsh",
        "Polish",
        "Urdu",
        "Bengali",
        "Punjabi",
        "Gujarati",
        "Somali",
        "Turkish",
        "Romanian",
        "Lithuanian",
    ]
    assert len(headings) == len(settings.WAGTAIL_CONTENT_LANGUAGES)
    rows = report_table(response)
    assert list(rows) == [
        "Welcome to your new Wagtail site!",
        "Help for unpaid carers",
        "Your carer's assessment",
        "Taking a break from caring",
    ]
    guidance = rows["Your carer's assessment"]
    assert cell_text(guidance["Welsh"]) == "Up to date Edit"
    assert cell_text(guidance["Urdu"]) == "Out of date Synced, awaiting translation Edit"
    assert cell_text(guidance["Polish"]) == "Not translated yet Shows English Translate"
    assert cell_text(guidance["Bengali"]) == "Missing Translate"
    assert cell_text(rows["Taking a break from caring"]["Urdu"]) == "Out of date Sync"
    assert cell_text(rows["Help for unpaid carers"]["Welsh"]) == "Not translated yet Shows English Translate"
    assert cell_text(rows["Welcome to your new Wagtail site!"]["Lithuanian"]) == "Missing Translate"

    title_link = guidance["Page"].select_one("a")
    assert title_link["href"] == f"/admin/pages/{site_pages['guidance'].pk}/edit/"
    assert "English published" in cell_text(guidance["Page"])
    assert "English never published" in cell_text(rows["Welcome to your new Wagtail site!"]["Page"])


def test_each_cell_links_to_the_action(admin_client, site_pages):
    rows = report_table(admin_client.get(REPORT))
    guidance, a_break = site_pages["guidance"], site_pages["a_break"]
    back = "next=%2Fadmin%2Freports%2Ftranslation-status%2F"

    welsh = guidance.get_translation(locale_id("cy"))
    urdu = guidance.get_translation(locale_id("ur"))
    links = {
        name: rows["Your carer's assessment"][name].select_one("a") for name in ("Welsh", "Urdu", "Polish", "Bengali")
    }
    assert links["Welsh"]["href"] == f"/admin/pages/{welsh.pk}/edit/"
    assert links["Welsh"]["aria-label"] == "Edit the Welsh translation of “Your carer's assessment”"
    assert links["Urdu"]["href"] == f"/admin/pages/{urdu.pk}/edit/"
    assert links["Polish"]["href"] == f"/admin/localize/submit/page/{guidance.pk}/?select_locale=pl&{back}"
    assert links["Bengali"]["href"] == f"/admin/localize/submit/page/{guidance.pk}/?select_locale=bn&{back}"
    assert links["Bengali"]["aria-label"] == "Translate “Your carer's assessment” into Bengali"

    sync = rows["Taking a break from caring"]["Urdu"].select_one("a")
    source = TranslationSource.objects.get_for_instance(a_break)
    assert sync["href"] == f"/admin/localize/update/{source.pk}/?{back}"
    assert sync["aria-label"] == "Sync translated pages of “Taking a break from caring” with the English"

    # Every kind of link opens: the translation editor, "Translate this page" and "Sync translated pages".
    for link in [*links.values(), sync]:
        response = admin_client.get(link["href"])
        assert response.status_code == 200, link["href"]
    assert reverse("wagtail_localize:submit_page_translation", args=[guidance.pk]) in links["Bengali"]["href"]
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in sync["href"]


def test_acting_on_the_links_brings_pages_up_to_date(admin_client, site_pages, run_on_commit):
    guidance, a_break = site_pages["guidance"], site_pages["a_break"]

    # Missing -> "Translate this page" into Bengali: up to date with the English, and a draft until an
    # editor publishes it (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off).
    url = reverse("wagtail_localize:submit_page_translation", args=[guidance.pk])
    response = run_on_commit(admin_client.post, url, {"locales": [locale_id("bn")]})
    assert response.status_code == 302
    cell = TranslationStatuses().cell(guidance.pk, "bn")
    assert (cell.status, cell.synced, cell.live, cell.notes) == (UP_TO_DATE, True, False, ["Not published yet"])

    # Out of date -> "Sync translated pages", publishing: up to date.
    source = TranslationSource.objects.get_for_instance(a_break)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = run_on_commit(admin_client.post, url + f"?next={REPORT}", {"publish_translations": "on"})
    assert response.status_code == 302
    assert response["Location"] == REPORT
    assert status_of(a_break, "ur") == UP_TO_DATE


def test_summary_counts_pages_in_each_status_by_language(admin_client, site_pages):
    soup = BeautifulSoup(admin_client.get(REPORT).content, "html.parser")
    summary = soup.select_one("table.translation-status-summary")
    assert [th.get_text(strip=True) for th in summary.select("thead th")] == [
        "Language",
        "Up to date",
        "Out of date",
        "Not translated yet (shows English)",
        "Missing",
    ]
    counts = {
        tr.select_one("th").get_text(strip=True): [td.get_text(strip=True) for td in tr.select("td")]
        for tr in summary.select("tbody tr")
    }
    assert counts["Welsh"] == ["1", "0", "1", "2"]
    assert counts["Urdu"] == ["0", "2", "1", "1"]
    assert counts["Polish"] == ["0", "0", "2", "2"]
    assert counts["Lithuanian"] == ["0", "0", "0", "4"]
    out_of_date = summary.select("tbody tr")[2].select("td a")[0]
    assert out_of_date["href"] == f"{REPORT}?language=ur&status=out_of_date"


def test_filters_by_language_status_and_page_type(admin_client, site_pages):
    rows = report_table(admin_client.get(REPORT, {"language": "ur"}))
    assert list(next(iter(rows.values()))) == ["Page", "Urdu"]
    assert len(rows) == 4

    rows = report_table(admin_client.get(REPORT, {"language": "ur", "status": "out_of_date"}))
    assert list(rows) == ["Your carer's assessment", "Taking a break from caring"]

    rows = report_table(admin_client.get(REPORT, {"language": ["cy", "pl"], "status": "shows_english"}))
    assert list(rows) == ["Help for unpaid carers", "Your carer's assessment"]
    assert list(rows["Help for unpaid carers"]) == ["Page", "Welsh", "Polish"]

    rows = report_table(admin_client.get(REPORT, {"language": "cy", "status": "up_to_date"}))
    assert list(rows) == ["Your carer's assessment"]

    rows = report_table(admin_client.get(REPORT, {"status": "needs_work", "language": "cy"}))
    assert list(rows) == ["Welcome to your new Wagtail site!", "Help for unpaid carers", "Taking a break from caring"]

    guidance_type = ContentType.objects.get_for_model(GuidancePage)
    response = admin_client.get(REPORT, {"page_type": guidance_type.pk, "language": "ur"})
    assert list(report_table(response)) == ["Your carer's assessment", "Taking a break from caring"]
    summary = BeautifulSoup(response.content, "html.parser").select_one("table.translation-status-summary")
    assert [td.get_text(strip=True) for td in summary.select("tbody tr td")] == ["0", "2", "0", "0"]

    # The results view (used when filters change without reloading) says the same.
    response = admin_client.get(REPORT + "results/", {"language": "ur", "status": "missing"})
    assert list(report_table(response)) == ["Welcome to your new Wagtail site!"]


def test_export_csv_and_xlsx(admin_client, site_pages):
    guidance = site_pages["guidance"]
    rows = csv_rows(admin_client.get(REPORT, {"export": "csv", "language": ["cy", "ur"]}))
    assert rows[0] == [
        "Page",
        "Type",
        "English last published",
        "Edit link",
        "Welsh",
        "Welsh: what to do",
        "Welsh: link",
        "Urdu",
        "Urdu: what to do",
        "Urdu: link",
    ]
    assert [row[0] for row in rows[1:]] == [
        "Welcome to your new Wagtail site!",
        "Help for unpaid carers",
        "Your carer's assessment",
        "Taking a break from caring",
    ]
    welsh = guidance.get_translation(locale_id("cy"))
    urdu = guidance.get_translation(locale_id("ur"))
    assert rows[3][1] == "Guidance page"
    assert rows[3][3] == f"http://testserver/admin/pages/{guidance.pk}/edit/"
    assert rows[3][4:] == [
        "Up to date",
        "Edit translation",
        f"http://testserver/admin/pages/{welsh.pk}/edit/",
        "Out of date",
        "Edit translation",
        f"http://testserver/admin/pages/{urdu.pk}/edit/",
    ]
    source = TranslationSource.objects.get_for_instance(site_pages["a_break"])
    assert rows[4][7:] == [
        "Out of date",
        "Sync translated pages",
        f"http://testserver/admin/localize/update/{source.pk}/",
    ]
    assert rows[1][4:7] == [
        "Missing",
        "Translate this page",
        f"http://testserver/admin/localize/submit/page/{rows_page_id(rows[1])}/?select_locale=cy",
    ]

    all_languages = csv_rows(admin_client.get(REPORT, {"export": "csv"}))
    assert len(all_languages[0]) == 4 + 3 * 10

    response = admin_client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    assert [cell.value for cell in sheet[1]][:5] == ["Page", "Type", "English last published", "Edit link", "Welsh"]
    assert sheet.max_row == 5


def rows_page_id(row):
    """The page id from a spreadsheet row's edit link."""
    return int(row[3].rstrip("/").split("/")[-2])


# --- who may see it --------------------------------------------------------------------------------------------


def make_user(django_user_model, username, groups=(), permissions=()):
    user = django_user_model.objects.create_user(username=username, password="not-a-real-password-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def test_only_people_who_may_translate_see_the_report(client, django_user_model, site_pages):
    client.force_login(make_user(django_user_model, "reader"))
    for url in (REPORT, REPORT + "results/", REPORT + "?export=csv"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == "/admin/"
    assert "Translation status" not in client.get("/admin/").content.decode()

    client.force_login(make_user(django_user_model, "translator", groups=[TRANSLATORS]))
    assert "Your carer's assessment" in report_table(client.get(REPORT))
    assert "Translation status" in client.get("/admin/").content.decode()

    client.force_login(make_user(django_user_model, "editor", groups=["Editors"]))
    assert client.get(REPORT).status_code == 200

    client.force_login(make_user(django_user_model, "coordinator", permissions=["submit_translation"]))
    assert client.get(REPORT).status_code == 200


def test_anonymous_visitors_are_sent_to_log_in(client, home):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# --- a few queries, however many pages ------------------------------------------------------------------------


def add_translated_pages(parent, localize, number, start=0):
    for n in range(start, start + number):
        page = published_guidance(parent, f"Guidance {n}", f"guidance-{n}")
        localize(page, "cy")
        if n % 2:
            publish_change(page, f"Guidance {n}, changed")
        if n % 3 == 0:
            page.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True, alias=True)


def test_the_number_of_queries_does_not_grow_with_the_pages(
    admin_client, home, localize, django_assert_max_num_queries
):
    add_translated_pages(home, localize, 2)
    admin_client.get(REPORT)  # warm the caches Wagtail keeps across requests

    def queries(params):
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get(REPORT, params)
            if response.streaming:  # the spreadsheet is written as it is sent
                b"".join(response.streaming_content)
        assert response.status_code == 200
        return len(captured)

    few = queries({}), queries({"status": "out_of_date"}), queries({"export": "csv"})
    add_translated_pages(home, localize, 6, start=2)
    assert len(report_table(admin_client.get(REPORT))) == 10
    many = queries({}), queries({"status": "out_of_date"}), queries({"export": "csv"})
    assert many == few, (few, many)

    with django_assert_max_num_queries(25):
        admin_client.get(REPORT, {"language": ["cy", "pl"], "status": "needs_work"})
