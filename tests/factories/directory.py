import factory
import wagtail_factories
from wagtail.models import Locale

from directory.models import CrisisLine, DirectoryIndexPage, Organisation, ServicePage, ServicePhone


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Carers Support {n}")

    class Meta:
        model = Organisation


class DirectoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Find local help"

    class Meta:
        model = DirectoryIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Carers centre {n}")
    summary = "Advice and support for carers."
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = ServicePage


class ServicePhoneFactory(factory.django.DjangoModelFactory):
    service = factory.SubFactory(ServicePageFactory)
    number = "020 8554 0490"
    label = "Advice line"

    class Meta:
        model = ServicePhone


class CrisisLineFactory(factory.django.DjangoModelFactory):
    name = "Samaritans"
    phone = "116 123"
    open_24_7 = True
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = CrisisLine
