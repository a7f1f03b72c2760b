"""Each service page carries schema.org JSON-LD that search engines can read and no title can break."""

import datetime
import json
import re

import pytest

from carers_site.models import Language
from directory.models import OpeningTime, ServicePhone
from directory.structured_data import json_ld_script, service_structured_data
from tests.factories.directory import DirectoryIndexPageFactory, OrganisationFactory, ServicePageFactory
from tests.factories.site import AreaFactory

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
DAY = "https://schema.org/"


def json_ld(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    scripts = JSON_LD.findall(html)
    assert len(scripts) == 1
    head = html.split("</head>")[0]
    assert '<script type="application/ld+json">' in head  # in the page's head
    return json.loads(scripts[0])


@pytest.fixture
def directory(home):
    return DirectoryIndexPageFactory(parent=home)


@pytest.fixture
def council_service(directory):
    service = ServicePageFactory(
        parent=directory,
        title="Carers assessment team",
        summary="Assessments and support plans for carers.",
        organisation=OrganisationFactory(name="London Borough of Barking and Dagenham Council"),
        email="carers@example.gov.uk",
        address_line_1="Town Hall",
        address_line_2="1 Town Square",
        town="Barking",
        postcode="IG11 7LU",
        latitude="51.539000",
        longitude="0.081000",
    )
    ServicePhone.objects.create(service=service, number="020 8215 3000", label="Adult social care", sort_order=0)
    ServicePhone.objects.create(service=service, number="020 8227 2915", label="Out of hours", sort_order=1)
    OpeningTime.objects.create(
        service=service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17), sort_order=0
    )
    OpeningTime.objects.create(
        service=service, first_day=5, last_day=5, opens=datetime.time(10), closes=datetime.time(13, 30), sort_order=1
    )
    service.areas_served.set([AreaFactory(name="Barking and Dagenham", slug="barking-and-dagenham")])
    polish = Language.objects.create(code="pl", name="Polski", english_name="Polish")
    service.languages.set([polish])
    service.save()
    return service


def test_a_council_service_is_a_government_service(client, council_service, crisis_lines):
    data = json_ld(client, council_service)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Carers assessment team"
    assert data["description"] == "Assessments and support plans for carers."
    assert data["url"] == council_service.get_full_url()
    assert data["email"] == "carers@example.gov.uk"
    assert data["telephone"] == "+44 20 8215 3000"
    assert data["provider"] == {"@type": "GovernmentOrganization", "name": council_service.organisation.name}
    assert "parentOrganization" not in data

    assert [point["telephone"] for point in data["contactPoint"]] == ["+44 20 8215 3000", "+44 20 8227 2915"]
    first = data["contactPoint"][0]
    assert first["@type"] == "ContactPoint"
    assert first["contactType"] == "Adult social care"
    assert first["areaServed"] == [{"@type": "AdministrativeArea", "name": "Barking and Dagenham"}]
    assert first["availableLanguage"] == ["Polish"]

    weekdays, saturday = data["openingHoursSpecification"]
    assert weekdays == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": [DAY + day for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]],
        "opens": "09:00",
        "closes": "17:00",
    }
    assert saturday["dayOfWeek"] == [DAY + "Saturday"]
    assert (saturday["opens"], saturday["closes"]) == ("10:00", "13:30")

    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Town Hall, 1 Town Square",
        "addressLocality": "Barking",
        "postalCode": "IG11 7LU",
        "addressCountry": "GB",
    }
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 51.539, "longitude": 0.081}
    assert data["areaServed"] == [{"@type": "AdministrativeArea", "name": "Barking and Dagenham"}]


def test_a_charity_service_is_an_organization_open_all_hours(client, directory):
    charity = OrganisationFactory(name="Carers Trust", website="https://carers.org/")
    service = ServicePageFactory(
        parent=directory,
        title="Night line",
        summary="",
        description="<p>Talk to someone &amp; get advice, <b>any time</b>.</p>",
        organisation=charity,
        open_24_7=True,
    )
    data = json_ld(client, service)
    assert data["@type"] == "Organization"
    assert data["description"] == "Talk to someone & get advice, any time."
    assert data["parentOrganization"] == {"@type": "Organization", "name": "Carers Trust", "url": "https://carers.org/"}
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                DAY + day for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            ],
            "opens": "00:00",
            "closes": "23:59",
        }
    ]
    # Nothing is made up: no phone, address or position was given, so none is claimed.
    for key in ["telephone", "contactPoint", "address", "geo", "email", "areaServed"]:
        assert key not in data


def test_a_title_cannot_break_out_of_the_script(client, directory):
    title = 'Evil </script><script>alert("x")</script> & <!-- co'
    service = ServicePageFactory(parent=directory, title=title, organisation=None)
    response = client.get(service.url)
    html = response.content.decode()
    assert "<script>alert" not in html
    assert html.count("</script>") == html.count("<script")  # every script element closes where it should
    data = json_ld(client, service)
    assert data["name"] == title  # and the JSON still says exactly what the editor typed
    assert "parentOrganization" not in data and "provider" not in data


def test_the_escaping_on_its_own():
    script = json_ld_script({"name": "</script><b>&"})
    assert script.startswith('<script type="application/ld+json">')
    assert script.count("</script>") == 1
    assert "<b>" not in script
    assert json.loads(script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")) == {
        "name": "</script><b>&"
    }


def test_builds_for_an_unsaved_preview(directory):
    service = ServicePageFactory.build(title="Draft", organisation=None)
    data = service_structured_data(service)
    assert data["@type"] == "Organization"
    assert data["name"] == "Draft"
