"""Fixtures for the Open Referral UK tests (the API, its export and the import): a directory, places with
postcodes, and a service with every field filled in."""

import datetime
from decimal import Decimal

import pytest

from carers_site.models import Language, PostcodeDistrict
from directory.models import OpeningTime, ServicePage, ServicePhone
from tests.factories.directory import DirectoryIndexPageFactory, OrganisationFactory, ServicePageFactory
from tests.factories.site import AreaFactory, AudienceFactory, CareAreaFactory, InterventionFactory

#: A service's own fields, every one filled in (the Havering Carers Hub of full_service and of the import tests).
HUB_FIELDS = {
    "summary": "Advice and breaks for carers.",
    "description": '<p>Advice &amp; support for <a href="https://example.org">carers</a>.</p><ul><li>Respite</li></ul>',
    "email": "hub@example.org",
    "address_line_1": "1 High Street",
    "address_line_2": "Suite 2",
    "town": "Romford",
    "postcode": "RM1 3AB",
    "latitude": Decimal("51.581"),
    "longitude": Decimal("0.184"),
    "cost": "Free",
    "eligibility": "Unpaid carers aged 18 or over.",
    "how_to_refer": "Call us or ask your GP.",
    "last_verified": datetime.date(2026, 3, 1),
    "closed_on_bank_holidays": True,
}


def publish(directory, title, *, areas=(), audiences=(), care_areas=(), interventions=(), languages=(), **fields):
    """A live service under ``directory`` with these terms and fields."""
    service = ServicePageFactory(parent=directory, title=title, **fields)
    service.areas_served.set(areas)
    service.audiences.set(audiences)
    service.care_areas.set(care_areas)
    service.interventions.set(interventions)
    service.languages.set(languages)
    service.save_revision().publish()
    return ServicePage.objects.get(pk=service.pk)


@pytest.fixture
def directory(home):
    return DirectoryIndexPageFactory(parent=home)


@pytest.fixture
def places(db):
    """UK > London > Havering and Bexley, with a postcode district in each borough."""
    uk = AreaFactory(name="United Kingdom", slug="uk", kind="country")
    london = AreaFactory(name="London", slug="london", kind="region", parent=uk)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    bexley = AreaFactory(name="Bexley", slug="bexley", parent=london)
    PostcodeDistrict.objects.create(area=havering, code="RM1", latitude=Decimal("51.58"), longitude=Decimal("0.183"))
    PostcodeDistrict.objects.create(area=bexley, code="DA5", latitude=Decimal("51.44"), longitude=Decimal("0.15"))
    return {"uk": uk, "london": london, "havering": havering, "bexley": bexley}


@pytest.fixture
def full_service(directory, places):
    """A service with everything filled in."""
    organisation = OrganisationFactory(
        name="Havering Carers Trust",
        description="Supports carers in Havering.",
        email="hello@example.org",
        website="https://carers.example.org/",
    )
    service = publish(
        directory,
        "Havering Carers Hub",
        organisation=organisation,
        website="https://hub.example.org/",
        **HUB_FIELDS,
        areas=[places["havering"]],
        audiences=[AudienceFactory(name="Young carers", slug="young-carers")],
        care_areas=[CareAreaFactory(name="Dementia", slug="dementia")],
        interventions=[InterventionFactory(name="Breaks", slug="breaks")],
        languages=[Language.objects.get_or_create(code="pl", defaults={"name": "Polski", "english_name": "Polish"})[0]],
    )
    ServicePhone.objects.create(service=service, number="01708 457040", label="Advice line", sort_order=0)
    OpeningTime.objects.create(
        service=service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17), sort_order=0
    )
    OpeningTime.objects.create(
        service=service, first_day=5, last_day=5, opens=datetime.time(10), closes=datetime.time(13), sort_order=1
    )
    service.save_revision().publish()
    return ServicePage.objects.get(pk=service.pk)


def member(django_user_model, username, group):
    """A user who may use the admin, in ``group`` (e.g. "Editors" or "Translators")."""
    from django.contrib.auth.models import Group, Permission

    user = django_user_model.objects.create_user(username=username, password="not-a-real-password-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(Group.objects.get(name=group))
    return user
