import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from carers_site.models import (
    Area,
    Audience,
    CareArea,
    EventIndexPage,
    EventPage,
    FeedbackFormField,
    FeedbackFormPage,
    HomePage,
    Intervention,
    NewsIndexPage,
    NewsPage,
    Outcome,
    ResourceType,
    Sector,
)


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class AudienceFactory(TermFactory):
    class Meta:
        model = Audience


class CareAreaFactory(TermFactory):
    class Meta:
        model = CareArea


class ResourceTypeFactory(TermFactory):
    class Meta:
        model = ResourceType


class OutcomeFactory(TermFactory):
    class Meta:
        model = Outcome


class SectorFactory(TermFactory):
    class Meta:
        model = Sector


class InterventionFactory(TermFactory):
    class Meta:
        model = Intervention


class AreaFactory(TermFactory):
    kind = Area.Kind.BOROUGH

    class Meta:
        model = Area


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Help for unpaid carers"
    intro = "Find help near you."

    class Meta:
        model = HomePage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    summary = "Something new for carers."
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = NewsPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Carers coffee morning {n}")
    summary = "Meet other carers."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    location = "Barking Learning Centre, IG11 7NB"

    class Meta:
        model = EventPage


class FeedbackFormPageFactory(wagtail_factories.PageFactory):
    title = "Tell us what you think"
    intro = "<p>Your views help us.</p>"

    class Meta:
        model = FeedbackFormPage
        skip_postgeneration_save = True

    @factory.post_generation
    def fields(obj, create, extracted, **kwargs):
        if create and not obj.form_fields.exists():
            FeedbackFormField.objects.create(
                page=obj, label="Your comments", field_type="multiline", required=True, sort_order=0
            )
