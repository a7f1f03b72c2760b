from directory.factories import ServicePageFactory


def publish_services(directory, field_name, rows, summary="Support for carers."):
    """Publish one service per (title, term) row, with the term set on the given taxonomy field."""
    services = []
    for title, term in rows:
        service = ServicePageFactory(parent=directory, title=title, summary=summary)
        getattr(service, field_name).set([term])
        service.save_revision().publish()
        services.append(service)
    return services
