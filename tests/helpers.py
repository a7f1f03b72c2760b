from wagtail.models import Locale

from tests.factories.directory import ServicePageFactory


def publish_services(directory, field_name, rows, summary="Support for carers."):
    """Publish one service per (title, term) row, with the term set on the given taxonomy field."""
    services = []
    for title, term in rows:
        service = ServicePageFactory(parent=directory, title=title, summary=summary)
        getattr(service, field_name).set([term])
        service.save_revision().publish()
        services.append(service)
    return services


def translate_page(page, code, title):
    """A published copy of the page in another language (as a translator leaves one), with its parents copied."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
    copy.title = title
    copy.save_revision().publish()
    return copy.specific
