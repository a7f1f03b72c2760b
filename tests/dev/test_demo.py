"""The demo loader builds a realistic site from the seeds' facts, and running it again changes nothing."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from carers_site.models import Area, Audience, HomePage, Language, PostcodeDistrict
from carers_site.reports.reviews import pages_due_for_review
from directory.models import CrisisLine, Organisation, ServicePage, ServicePhone
from resources.models import GuidancePage, LeafletPage, ResourceDownload, ResourcePage

pytestmark = pytest.mark.django_db

COUNTED = [
    Page,
    CrisisLine,
    Organisation,
    ServicePhone,
    Area,
    PostcodeDistrict,
    Audience,
    Language,
    ResourceDownload,
    get_document_model(),
]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_running_twice_changes_nothing(demo):
    first = counts()
    revisions = {p.pk: p.latest_revision_id for p in Page.objects.all()}
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == first
    assert {p.pk: p.latest_revision_id for p in Page.objects.all()} == revisions
    assert "0 things added" in out.getvalue()


def test_reports_progress_and_a_summary(demo):
    assert "[1/10] taxonomies:" in demo
    assert "Demo content ready:" in demo


def test_home_page_is_the_site_root(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    # The only other top-level pages are the home page's own translations (Welsh and Urdu).
    others = Page.objects.filter(depth=2).exclude(pk=site.root_page_id)
    assert set(others.values_list("translation_key", flat=True)) <= {site.root_page.translation_key}


def test_crisis_lines_include_the_national_numbers(demo):
    numbers = set(CrisisLine.objects.values_list("phone", flat=True))
    assert {"999", "111", "116 123"} <= numbers
    assert CrisisLine.objects.filter(text_number="85258").exists()
    assert CrisisLine.objects.order_by("sort_order").first().phone == "999"


def test_every_seed_borough_has_services_and_postcodes(demo):
    for name in ["Barking and Dagenham", "Havering", "Redbridge", "Waltham Forest", "Bexley", "Bromley", "Greenwich"]:
        borough = Area.objects.get(name=name)
        assert borough.postcode_districts.exists(), name
    assert PostcodeDistrict.objects.get(code="IG11").area.name == "Barking and Dagenham"
    assert PostcodeDistrict.objects.get(code="RM8").area.name == "Barking and Dagenham"
    served = {area.name for service in ServicePage.objects.all() for area in service.areas_served.all()}
    assert {"Barking and Dagenham", "Havering", "Redbridge", "Waltham Forest"} <= served
    assert ServicePage.objects.live().count() >= 20


def test_postcodes_find_every_london_borough_and_ig11_lists_no_service_for_another_city(client, demo):
    london = Area.objects.get(slug="london", locale=Locale.get_default())
    boroughs = london.children.all()
    assert boroughs.count() == 33
    for borough in boroughs:
        assert borough.postcode_districts.exists(), borough.name
    directory = ServicePage.objects.live().first().get_parent()

    def listed(postcode):
        response = client.get(directory.url, {"postcode": postcode})
        services = response.context["page_obj"].paginator.object_list
        return response.content.decode(), [service.title for service in services]

    html, titles = listed("IG11 7LU")
    assert "Carers support service, Barking and Dagenham" in titles and "Carers UK Helpline" in titles
    # Student carer services are for their own university's city, never local help in Barking.
    assert not [title for title in titles if "University" in title], titles
    assert "We don't list local services" not in html
    # Tower Hamlets has no service of its own in the demo: London-wide and national help, and the council link.
    html, titles = listed("E1 6AN")
    assert "We don't list local services for E1 yet." in html and "https://www.gov.uk/find-local-council" in html
    assert titles and not [title for title in titles if "University" in title]
    html, titles = listed("B15 2TT")  # Birmingham: its university's service is local there
    assert "Student carer support, University of Birmingham" in titles


def test_every_phone_number_is_valid(demo):
    for page in ServicePage.objects.all():
        page.full_clean()
    for phone in ServicePhone.objects.all():
        phone.full_clean()
    for line in CrisisLine.objects.all():
        line.full_clean()


def test_resource_library_has_the_carers_trust_resources(demo):
    titles = set(ResourcePage.objects.values_list("title", flat=True))
    for expected in ["Triangle of Care in Wales", "Making Respite Real", "Time to Think About You"]:
        assert any(expected.lower() in title.lower() for title in titles), expected
    triangle = ResourcePage.objects.get(title__icontains="Triangle of Care in Wales")
    assert {d.language for d in triangle.downloads.all()} >= {"en", "cy"}
    universities = ResourcePage.objects.get(title__icontains="Universities")
    contacts = [block for block in universities.body if block.block_type == "contact"]
    assert len(contacts) >= 3


def test_guidance_and_leaflet(demo):
    titles = " ".join(GuidancePage.objects.values_list("title", flat=True)).lower()
    for topic in ["assessment", "crisis", "young carers", "allowance", "break", "support network"]:
        assert topic in titles, topic
    # The leaflet's PDF is made from its page, in English and in each language it is translated into.
    for leaflet in LeafletPage.objects.live():
        assert leaflet.document is None
        assert leaflet.made_pdf.file.read(5) == b"%PDF-", leaflet.locale
    # Whatever day the demo is built, the review reminders and the dashboard have a page due soon to show, and
    # nothing is overdue yet (tests/dev/test_demo_pages.py checks every date on another day).
    due = list(pages_due_for_review())
    assert due and all(page.review_date >= timezone.localdate() for page in due)


def test_demo_pages_render(client, demo):
    # Every page in English; every translation is opened too, in tests/dev/test_demo_pages.py (a demo loaded on
    # another day) and the key pages of each language in tests/dev/test_demo_translations.py.
    english = Page.objects.live().public().filter(depth__gte=2, locale=Locale.get_default()).specific()
    assert english.count() > 70
    for page in english:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    # The resources private to the Professionals group send anonymous visitors to sign in.
    private = Page.objects.live().not_public()
    assert private.count() == 2
    for page in private:
        assert client.get(page.url)["Location"].startswith("/_util/login/?next="), page.url


def test_documented_admin_login_works(client, demo):
    from carers_site.dev.demo.loader import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME

    assert f"username {DEMO_ADMIN_USERNAME}, password {DEMO_ADMIN_PASSWORD}" in demo
    assert client.login(username=DEMO_ADMIN_USERNAME, password=DEMO_ADMIN_PASSWORD)
    assert client.get("/admin/").status_code == 200
    # A second run leaves the existing admin alone.
    out = io.StringIO()
    call_command("load_demo", "--with-admin", stdout=out)
    assert "An admin user already exists" in out.getvalue()


def test_readme_documents_the_demo_login():
    from pathlib import Path

    from carers_site.dev.demo.loader import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert f"username `{DEMO_ADMIN_USERNAME}`, password `{DEMO_ADMIN_PASSWORD}`" in readme
