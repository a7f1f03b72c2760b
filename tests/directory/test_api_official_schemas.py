"""The demo's whole Open Referral UK feed, checked the way the official validator checks a feed.

OpenReferralUK/oruk-validator reads the root, takes the OpenAPI document, tests each collection endpoint
first (first, middle and last page), then each detail endpoint with ids taken from the collections, and
checks every response against the schema the OpenAPI document gives for it. This does the same against the
vendored official document and schemas (directory/api/schemas.py), with format checking, and goes further:
every page of a paginated walk, and every service, service at a location, organisation, taxonomy and term
in the demo by its id.
"""

import math
from urllib.parse import urlsplit

import pytest
from referencing import Resource
from referencing.jsonschema import DRAFT202012

from directory.api import schemas
from directory.models import Organisation, ServicePage

pytestmark = pytest.mark.postgres

DOCUMENT_URI = "urn:carers-directory:openapi"
DETAIL_OF = {  # collection -> its detail endpoint in the OpenAPI document
    "/services": "/services/{id}",
    "/service_at_locations": "/service_at_locations/{id}",
    "/organizations": "/organizations/{id}",
    "/taxonomies": "/taxonomies/{id}",
    "/taxonomy_terms": "/taxonomy_terms/{id}",
}


class Walk:
    """Fetches and validates; counts documents, records and problems."""

    def __init__(self, client, document):
        self.client = client
        self.base = urlsplit(document["servers"][0]["url"]).path
        self.document = document
        registry = schemas.registry().with_resource(
            DOCUMENT_URI, Resource.from_contents(document, default_specification=DRAFT202012)
        )
        self.registry = registry
        self.documents = 0
        self.records = 0  # the services, organisations, terms ... in those documents
        self.problems = []

    def response_schema(self, path):
        pointer = path.replace("~", "~0").replace("/", "~1")
        return {"$ref": f"{DOCUMENT_URI}#/paths/{pointer}/get/responses/200/content/application~1json/schema"}

    def check(self, path, address, **params):
        response = self.client.get(address, params)
        assert response.status_code == 200, (address, params, response.content[:300])
        data = response.json()
        validator = schemas.validator_for_schema(self.response_schema(path), self.registry)
        self.problems += [f"{address} {params}: {problem}" for problem in schemas.describe(validator.iter_errors(data))]
        self.documents += 1
        self.records += len(data["contents"]) if isinstance(data, dict) and "contents" in data else 1
        return data

    def collection(self, path, per_page):
        """Every page of a collection; returns the ids in it."""
        first = self.check(path, self.base + path, per_page=per_page)
        assert first["total_pages"] == math.ceil(first["total_items"] / per_page)
        ids = [item["id"] for item in first["contents"]]
        for page in range(2, first["total_pages"] + 1):
            data = self.check(path, self.base + path, per_page=per_page, page=page)
            assert data["page_number"] == page and data["last_page"] == (page == first["total_pages"])
            ids += [item["id"] for item in data["contents"]]
        assert len(ids) == len(set(ids)) == first["total_items"]
        return ids


def test_the_demo_feed_passes_the_official_schemas_on_every_endpoint(client, demo):
    root = client.get("/api/openreferral/")
    assert root.status_code == 200
    # Root discovery: the validator reads version first (HSDS-UK-3.0 -> the 3.0 specification), then openapi_url.
    assert root.json()["version"] == "HSDS-UK-3.0"
    document = client.get(urlsplit(root.json()["openapi_url"]).path).json()
    walk = Walk(client, document)
    walk.check("/", "/api/openreferral/")

    collections = [path for path in document["paths"] if "{" not in path and path != "/"]
    assert set(collections) == set(DETAIL_OF)
    found = {}
    for path in collections:  # collections first, as the validator does, in pages of 10 and of the default 50
        found[path] = walk.collection(path, per_page=10)
        assert walk.collection(path, per_page=50) == found[path]
    for path, ids in found.items():  # then every id, not only the validator's first 10
        for record_id in ids:
            walk.check(DETAIL_OF[path], f"{walk.base}{path}/{record_id}")

    services = ServicePage.objects.live().public().filter(locale__language_code="en")
    assert len(found["/services"]) == services.count() >= 30
    assert len(found["/organizations"]) == Organisation.objects.count() >= 10
    assert found["/taxonomy_terms"] and len(found["/taxonomies"]) == 4
    print(f"\nOfficial ORUK 3.0: {walk.documents} documents, {walk.records} records, {len(walk.problems)} problems")
    assert walk.problems == []


def test_the_walk_does_find_problems_when_there_are_some(client, demo, monkeypatch):
    """The same walk, on a feed that breaks the standard, reports it: a null, a bad uuid, a missing name."""
    from directory.api import views

    real = views.serialize_service

    def broken(service, request):
        record = real(service, request)
        return {**record, "email": None, "organization_id": "12"} | ({"name": None} if "a" in record["name"] else {})

    monkeypatch.setattr(views, "serialize_service", broken)
    document = client.get("/api/openreferral/openapi.json").json()
    walk = Walk(client, document)
    ids = walk.collection("/services", per_page=10)
    walk.check("/services/{id}", f"{walk.base}/services/{ids[0]}")
    assert any("None is not of type 'string'" in problem for problem in walk.problems)
    assert any("'12' is not a 'uuid'" in problem for problem in walk.problems)
