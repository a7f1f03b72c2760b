"""The whole directory as one Open Referral UK 3.0 JSON file, for commissioners and other directories.

The file is a list of full service records, the shape of the UK profile's ``compiled/service_package.json``:
the same records ``/api/openreferral/services/{id}`` gives, so ``import_openreferral FILE.json`` reads it back.
"""

import json

from django.utils import timezone, translation

from directory.api.queries import default_language, services_queryset, with_related
from directory.api.serializers import serialize_service


def data_package(request=None):
    """Every live, public English service in full, by name. ``request`` gives the host for full addresses.

    In English whatever the admin language of the editor who downloads it (opening hours are described in
    words), like the API."""
    with translation.override(default_language()):
        services = with_related(services_queryset()).order_by("title", "pk")
        return [serialize_service(service, request) for service in services]


def file_name(today=None):
    today = today or timezone.localdate()
    return f"carers-directory-openreferral-3.0-{today:%Y-%m-%d}.json"


def write(handle, request=None):
    """Writes the package as UTF-8 JSON; returns how many services it holds."""
    package = data_package(request)
    json.dump(package, handle, ensure_ascii=False, indent=1)
    handle.write("\n")
    return len(package)
