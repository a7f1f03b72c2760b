"""Directory data is checked before carers see it: phone numbers, crisis lines, opening hours."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from carers_site.core.phones import tel_uri, validate_phone, validate_phone_or_short_code, validate_text_number
from directory.hours import describe_times, parse_day_range
from directory.models import CrisisLine, OpeningTime, ServicePage, ServicePhone
from tests.factories.directory import CrisisLineFactory, DirectoryIndexPageFactory, ServicePageFactory
from tests.helpers import publish_services

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("number", ["020 8554 0490", "01708 457040", "0800 783 1853", "+44 20 8554 0490"])
def test_real_uk_numbers_are_accepted(number):
    validate_phone(number)


@pytest.mark.parametrize("number", ["020 8554 049", "12345", "call us", "0800 783 18533 9"])
def test_mistyped_numbers_are_rejected_with_a_clear_message(number):
    with pytest.raises(ValidationError) as error:
        validate_phone(number)
    assert f"“{number}” is not a valid phone number" in error.value.messages[0]
    assert "020 8554 0490" in error.value.messages[0]  # shows what a good one looks like


def test_short_codes_are_for_crisis_lines_only():
    for code in ["999", "111", "116 123"]:
        validate_phone_or_short_code(code)
        with pytest.raises(ValidationError):
            validate_phone(code)
    with pytest.raises(ValidationError):
        validate_phone_or_short_code("1234")


def test_text_numbers():
    validate_text_number("85258")
    validate_text_number("07911 123456")
    with pytest.raises(ValidationError, match="cannot take text messages"):
        validate_text_number("020 8554 0490")


@pytest.mark.parametrize(
    "written, target",
    [("020 8554 0490", "+442085540490"), ("116 123", "116123"), ("999", "999"), ("0800 783 1853", "+448007831853")],
)
def test_tel_links_dial_correctly(written, target):
    assert tel_uri(written) == target


@pytest.mark.django_db
def test_a_service_with_an_invalid_phone_is_not_saved_from_the_admin(admin_client, home):
    directory = DirectoryIndexPageFactory(parent=home)
    response = admin_client.post(
        f"/admin/pages/add/directory/servicepage/{directory.pk}/",
        {
            "title": "Havering Carers Hub",
            "slug": "havering-carers-hub",
            "summary": "Support for carers in Havering.",
            "phones-TOTAL_FORMS": "1",
            "phones-INITIAL_FORMS": "0",
            "phones-MIN_NUM_FORMS": "0",
            "phones-MAX_NUM_FORMS": "1000",
            "phones-0-number": "01708 45704",
            "phones-0-label": "Advice line",
            "phones-0-ORDER": "1",
            "opening_times-TOTAL_FORMS": "0",
            "opening_times-INITIAL_FORMS": "0",
            "opening_times-MIN_NUM_FORMS": "0",
            "opening_times-MAX_NUM_FORMS": "1000",
            "cost": "Free",
        },
    )
    assert response.status_code == 200  # the form is shown again, with what was typed
    html = response.content.decode()
    assert "“01708 45704” is not a valid phone number" in html
    assert "Havering Carers Hub" in html
    assert not ServicePage.objects.filter(slug="havering-carers-hub").exists()
    assert not ServicePhone.objects.exists()


@pytest.mark.django_db
def test_crisis_line_needs_a_number_and_hours():
    line = CrisisLine(name="Night line", locale=CrisisLineFactory.build().locale, open_24_7=False)
    with pytest.raises(ValidationError) as error:
        line.full_clean()
    assert "Give a phone number, a text number, or both." in error.value.message_dict["phone"]
    line.phone = "0800 783 1853"
    with pytest.raises(ValidationError) as error:
        line.full_clean()
    assert "Say when it is open" in error.value.message_dict["hours"][0]
    line.hours = "Every night 8pm-midnight"
    line.full_clean()


def test_opening_hours_read_naturally():
    assert describe_times(0, 4, datetime.time(9), datetime.time(17)) == "Mon-Fri 9am-5pm"
    assert describe_times(5, 5, datetime.time(10, 30), datetime.time(12)) == "Sat 10:30am-noon"
    assert describe_times(0, 6, datetime.time(20), datetime.time(23, 59)) == "Mon-Sun 8pm-midnight"
    assert parse_day_range("mon-fri") == (0, 4)
    assert parse_day_range("Sat") == (5, 5)
    with pytest.raises(ValueError, match="runs backwards"):
        parse_day_range("fri-mon")
    with pytest.raises(ValueError, match="not a day"):
        parse_day_range("weekdays")


@pytest.mark.django_db
def test_closing_must_follow_opening(home):
    service = ServicePageFactory(parent=DirectoryIndexPageFactory(parent=home))
    slot = OpeningTime(service=service, first_day=0, last_day=0, opens=datetime.time(17), closes=datetime.time(9))
    with pytest.raises(ValidationError, match="Closing time must be after opening time"):
        slot.full_clean()


@pytest.mark.django_db
def test_directory_filters_by_borough_including_national_services(client, home):
    from tests.factories.site import AreaFactory

    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    london = AreaFactory(name="London", slug="london", kind="region", parent=uk)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    redbridge = AreaFactory(name="Redbridge", slug="redbridge", parent=london)
    directory = DirectoryIndexPageFactory(parent=home)
    publish_services(
        directory,
        "areas_served",
        [("Havering Carers Hub", havering), ("Redbridge Carers", redbridge), ("Carers UK", uk)],
    )
    html = client.get(directory.url, {"area": "havering"}).content.decode()
    assert "Havering Carers Hub" in html and "Carers UK" in html
    assert "Redbridge Carers" not in html
    assert "2 services" in html


@pytest.fixture
def places(db):
    """UK > England (London > two boroughs; Birmingham) and Wales, with a service for each kind of area."""
    from tests.factories.site import AreaFactory

    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    england = AreaFactory(name="England", slug="england", kind="nation", parent=uk)
    wales = AreaFactory(name="Wales", slug="wales", kind="nation", parent=uk)
    london = AreaFactory(name="London", slug="london", kind="region", parent=england)
    return {
        "uk": uk,
        "england": england,
        "wales": wales,
        "london": london,
        "barking": AreaFactory(name="Barking and Dagenham", slug="barking-and-dagenham", parent=london),
        "tower-hamlets": AreaFactory(name="Tower Hamlets", slug="tower-hamlets", parent=london),
        "birmingham": AreaFactory(name="Birmingham", slug="birmingham", parent=england),
    }


@pytest.fixture
def directory_with_services(home, places):
    directory = DirectoryIndexPageFactory(parent=home)
    publish_services(
        directory,
        "areas_served",
        [
            ("Barking carers centre", places["barking"]),
            ("London carers network", places["london"]),
            ("England carers advice", places["england"]),
            ("Carers UK helpline", places["uk"]),
            ("Carers Wales", places["wales"]),
            ("Student carers, University of Birmingham", places["birmingham"]),
        ],
    )
    return directory


NOT_LOCAL = "We don't list local services for {} yet."
COUNCIL_LINK = 'href="https://www.gov.uk/find-local-council"'
CHECK_IT = "We do not know the postcode"


def test_a_london_postcode_with_no_local_service_gets_london_and_national_help(client, directory_with_services):
    html = client.get(directory_with_services.url, {"postcode": "E1"}).content.decode()
    assert "for E1 (Tower Hamlets)" in html
    assert NOT_LOCAL.format("E1") in html and COUNCIL_LINK in html and CHECK_IT not in html
    for listed in ["London carers network", "England carers advice", "Carers UK helpline"]:
        assert listed in html, listed
    for other in ["Barking carers centre", "Carers Wales", "University of Birmingham"]:
        assert other not in html, other


def test_a_postcode_with_local_services_gets_no_not_local_message(client, directory_with_services):
    html = client.get(directory_with_services.url, {"postcode": "IG11 7LU"}).content.decode()
    assert "Barking carers centre" in html and "Carers UK helpline" in html
    assert NOT_LOCAL.format("IG11") not in html and COUNCIL_LINK not in html


def test_ig11_lists_no_service_that_serves_only_another_city(client, directory_with_services):
    html = client.get(directory_with_services.url, {"postcode": "IG11 7LU"}).content.decode()
    assert "University of Birmingham" not in html and "Carers Wales" not in html
    assert "5 services" not in html and "4 services" in html
    # In Birmingham it is local.
    html = client.get(directory_with_services.url, {"postcode": "B15 2TT"}).content.decode()
    assert "University of Birmingham" in html and NOT_LOCAL.format("B15") not in html


def test_a_real_postcode_outside_london_is_recognised_with_a_council_link(client, directory_with_services):
    html = client.get(directory_with_services.url, {"postcode": "CF10 3AT"}).content.decode()
    assert CHECK_IT not in html and "nhsuk-error-message" not in html
    assert "for CF10 (Wales)" in html
    assert NOT_LOCAL.format("CF10") in html and COUNCIL_LINK in html
    assert "Carers Wales" in html and "Carers UK helpline" in html
    for other in ["London carers network", "England carers advice", "Barking carers centre"]:
        assert other not in html, other


@pytest.mark.parametrize("postcode", ["ZZ99 9ZZ", "HELLO", "XX1 1XX"])
def test_a_postcode_that_does_not_exist_gets_the_check_it_message(client, directory_with_services, postcode):
    html = client.get(directory_with_services.url, {"postcode": postcode}).content.decode()
    assert f"{CHECK_IT} “{postcode}”. Check it" in html
    assert "We don't list local services" not in html and COUNCIL_LINK not in html
