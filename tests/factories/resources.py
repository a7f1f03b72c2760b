import factory
import wagtail_factories
from wagtail.documents import get_document_model

from resources.models import GuidancePage, LeafletIndexPage, LeafletPage, ResourceIndexPage, ResourcePage


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Leaflet {n}")
    file = factory.django.FileField(filename="leaflet.pdf", data=b"%PDF-1.4\n%%EOF\n")

    class Meta:
        model = get_document_model()


class GuidancePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guidance {n}")
    summary = "What to do next."
    body = [("paragraph", "<p>You can ask for a carer's assessment.</p>")]

    class Meta:
        model = GuidancePage


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resource library"

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Toolkit {n}")
    summary = "A toolkit for staff."

    class Meta:
        model = ResourcePage


class LeafletIndexPageFactory(wagtail_factories.PageFactory):
    title = "Leaflets"

    class Meta:
        model = LeafletIndexPage


class LeafletPageFactory(wagtail_factories.PageFactory):
    title = "A brief guide for carers"
    summary = "The basics on one sheet."
    body = [("paragraph", "<p>This leaflet explains the basics.</p>")]
    document = factory.SubFactory(DocumentFactory)

    class Meta:
        model = LeafletPage
