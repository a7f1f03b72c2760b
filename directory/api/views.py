"""The directory's read-only Open Referral UK 3.0 API (plain Django views returning JSON).

Follows the UK profile of HSDS 3.0 (the official OpenAPI document and schemas are vendored in
``schema/oruk-3.0/``; ``/openapi.json`` serves that document with this site's address). List endpoints take
``page`` (from 1) and ``per_page`` and answer with the 3.0 envelope ``total_items, total_pages, page_number,
size, first_page, last_page, empty, contents``. Every response allows any origin (``Access-Control-Allow-Origin:
*``) so browser apps can use it; no key is needed. Only published, public, English service pages appear.

A query parameter the endpoint does not honour is a 400 that names it, never silently ignored: a filter
that does nothing would hand back the whole directory as if it matched. Other bad input gets a 400 too, with
``{"error": "<plain message>"}``.
"""

import copy
import datetime
import math
import re
import uuid
from functools import wraps

from django.db.models import Q
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.csrf import csrf_exempt

from directory.api import schemas, serializers
from directory.api.queries import HAS_LOCATION, default_language, services_queryset, with_organisation, with_related
from directory.api.serializers import (
    BYDAY,
    VOCABULARIES,
    VOCABULARIES_BY_ID,
    absolute_url,
    serialize_organization,
    serialize_service,
    serialize_service_at_location,
    serialize_service_summary,
    serialize_taxonomy,
    serialize_taxonomy_term,
)
from directory.geo import locate, parse_postcode, sort_by_distance
from directory.models import Organisation, ServicePage

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500  # larger requests get this many, rather than an error (ORUK's validator asks for 1000)
MAX_TEXT_WORDS = 10
CACHE_CONTROL = "public, max-age=300"
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
HEADER_NAMES_RE = re.compile(r"[^A-Za-z0-9, -]")
PAGING = ("page", "per_page")
SERVICE_FILTERS = (
    *PAGING,
    "search",
    "text",  # ORUK 1.0's name for search
    "taxonomy_term_id",
    "taxonomy_id",
    "day",
    "start_time",
    "end_time",
    "postcode",
    "proximity",
    "modified_after",
)
#: Documented by ORUK (3.0 or 1.0) but not answerable here: each is a 400 saying why.
NOT_HONOURED = {
    "minimum_age": "This directory does not record age limits, so minimum_age cannot be used.",
    "maximum_age": "This directory does not record age limits, so maximum_age cannot be used.",
    "coverage": "coverage is an ORUK 1.0 filter; use postcode (and proximity) instead.",
    "taxonomy_type": "taxonomy_type is an ORUK 1.0 filter; use taxonomy_id (a taxonomy's id from /taxonomies).",
    "vocabulary": "vocabulary is an ORUK 1.0 filter; use taxonomy_id (a taxonomy's id from /taxonomies).",
    "service_type": "service_type is an ORUK 1.0 filter; this directory lists services only.",
    "include": "include is an ORUK 1.0 option; /services/{id} always gives the whole service.",
    "minimal": "minimal is not supported: /services gives each service in full.",
    "full": "full is not needed: /services gives each service in full.",
}


class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def error_response(status, message):
    return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})


def api_view(view):
    """JSON out, GET only, open CORS, English content, errors as ``{"error": ...}``, never a 500 for bad input."""

    @csrf_exempt  # nothing here accepts a POST; without this, Django would answer one with an HTML 403
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":  # a CORS preflight
            response = HttpResponse(status=204)
            response["Access-Control-Max-Age"] = "86400"
        elif request.method not in ("GET", "HEAD"):
            response = error_response(405, f"This API is read-only: use GET, not {request.method}.")
        else:
            try:
                with translation.override(default_language()):
                    data = view(request, *args, **kwargs)
            except ApiError as problem:
                response = error_response(problem.status, problem.message)
            else:
                response = JsonResponse(data, safe=False, json_dumps_params={"ensure_ascii": False})
                response["Cache-Control"] = CACHE_CONTROL
        response["Allow"] = ALLOWED_METHODS
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        # Any header a browser asks to send is fine: the API reads none but its query string.
        asked = HEADER_NAMES_RE.sub("", request.headers.get("Access-Control-Request-Headers", ""))[:500]
        response["Access-Control-Allow-Headers"] = asked or "Accept, Content-Type"
        patch_vary_headers(response, ["Access-Control-Request-Headers"])
        return response

    return wrapper


# --- query parameters ---------------------------------------------------------------------------------------

CONTROL_CHARACTERS_RE = re.compile(r"[\x00-\x1f\x7f]")
MAX_PARAMETER_LENGTH = 200


def param(request, name):
    """A query parameter, trimmed and cut to a sensible length, without control characters (a NUL would
    make PostgreSQL refuse the query)."""
    value = CONTROL_CHARACTERS_RE.sub(" ", request.GET.get(name, ""))
    return value.strip()[:MAX_PARAMETER_LENGTH]


def whole_number(request, name, default):
    value = param(request, name)
    if not value:
        return default
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise ApiError(400, f"{name} must be a whole number, 1 or more (you gave “{value[:40]}”).")
    return int(value)


def check_parameters(request, allowed):
    """A 400 naming any query parameter this endpoint does not honour."""
    for name in request.GET:
        if name in allowed:
            continue
        reason = NOT_HONOURED.get(name) or f"This endpoint has no parameter called “{name[:40]}”."
        raise ApiError(400, f"{reason} The parameters here are: {', '.join(allowed)}.")


def page_envelope(request, total, fetch):
    """The 3.0 pagination envelope. ``fetch(start, stop)`` gives the items; it is not called past the end."""
    page = whole_number(request, "page", 1)
    per_page = min(whole_number(request, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
    total_pages = math.ceil(total / per_page)
    contents = fetch((page - 1) * per_page, page * per_page) if page <= total_pages else []
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": total == 0,
        "contents": contents,
    }


def parse_since(value):
    """ "2026-01-31" or an ISO 8601 date-time -> an aware datetime (a date means its midnight, London time)."""
    try:
        moment = parse_datetime(value)
        if moment is None:
            day = parse_date(value)
            moment = datetime.datetime.combine(day, datetime.time()) if day else None
    except ValueError:  # well formed but impossible, e.g. 2026-02-30
        moment = None
    if moment is None:
        raise ApiError(400, f"modified_after must be a date such as 2026-01-31 (you gave “{value[:40]}”).")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    try:
        moment.astimezone(datetime.UTC)  # how the database compares it
    except OverflowError:  # e.g. 0001-01-01T00:00+01:00 is in year 0 in UTC, before any date Python can hold
        raise ApiError(400, f"modified_after must be between the years 1 and 9999 (you gave “{value[:40]}”).") from None
    return moment


def parse_uuid(value):
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        return None


def find_taxonomy(value):
    """The vocabulary for a taxonomy id as /taxonomies gives it; a 400 naming the ids if there is none."""
    key = parse_uuid(value)
    vocabulary = VOCABULARIES_BY_ID.get(str(key)) if key else None
    if vocabulary is None:
        raise ApiError(400, f"There is no taxonomy with the id “{value[:80]}”. See /taxonomies for the ids.")
    return vocabulary


def all_terms():
    """(vocabulary, term) for every taxonomy term, taxonomy by taxonomy, then by name."""
    language = default_language()
    return [(vocabulary, term) for vocabulary in VOCABULARIES for term in vocabulary.terms(language)]


def find_term(value):
    """The (vocabulary, term) for a taxonomy term id as /taxonomy_terms gives it; a 400 if there is none."""
    key = str(parse_uuid(value) or "")
    found = next(((vocabulary, term) for vocabulary, term in all_terms() if vocabulary.term_id(term) == key), None)
    if found is None:
        raise ApiError(400, f"There is no taxonomy term with the id “{value[:80]}”. See /taxonomy_terms for the ids.")
    return found


DAYS = {code: index for index, code in enumerate(BYDAY)} | {
    name: index
    for index, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")


def parse_day(value):
    day = DAYS.get(value.strip().upper()) if len(value.strip()) == 2 else DAYS.get(value.strip().lower())
    if day is None:
        raise ApiError(400, f"day must be a day such as MO or monday (you gave “{value[:40]}”).")
    return day


def parse_time(name, value):
    match = TIME_RE.match(value)
    if match is None:
        raise ApiError(400, f"{name} must be a time such as 09:30 (you gave “{value[:40]}”).")
    return datetime.time(int(match[1]), int(match[2]))


def open_filter(day, start, end):
    """Services open for the whole of start to end (either may be missing) on ``day`` (or on any day).

    With only a start, the service must be open at that moment; with only an end, open until then. A service
    open 24 hours matches every question."""
    slot = Q()
    if day is not None:
        slot &= Q(opening_times__first_day__lte=day, opening_times__last_day__gte=day)
    if start is not None:
        slot &= Q(opening_times__opens__lte=start, opening_times__closes__gt=start)
    if end is not None:
        slot &= Q(opening_times__opens__lt=end, opening_times__closes__gte=end)
    return Q(open_24_7=True) | (slot & Q(opening_times__isnull=False))


# --- services -----------------------------------------------------------------------------------------------


def filtered_services(request, services):
    """Apply the service filters. Returns (services, place or None, proximity in metres or None)."""
    check_parameters(request, SERVICE_FILTERS)
    words = (param(request, "search") or param(request, "text")).split()[:MAX_TEXT_WORDS]
    for word in words:  # every word must appear somewhere: name, summary, description or organisation
        services = services.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(description__icontains=word)
            | Q(organisation__name__icontains=word)
        )

    distinct = False
    if param(request, "taxonomy_term_id"):
        vocabulary, term = find_term(param(request, "taxonomy_term_id"))
        services = services.filter(**{vocabulary.field: term})
    if param(request, "taxonomy_id"):
        vocabulary = find_taxonomy(param(request, "taxonomy_id"))
        services = services.filter(**{f"{vocabulary.field}__isnull": False})
        distinct = True

    day = parse_day(param(request, "day")) if param(request, "day") else None
    start = parse_time("start_time", param(request, "start_time")) if param(request, "start_time") else None
    end = parse_time("end_time", param(request, "end_time")) if param(request, "end_time") else None
    if start is not None and end is not None and end <= start:
        raise ApiError(400, "end_time must be after start_time.")
    if day is not None or start is not None or end is not None:
        services = services.filter(open_filter(day, start, end))
        distinct = True

    if param(request, "modified_after"):
        services = services.filter(last_published_at__gte=parse_since(param(request, "modified_after")))

    place = None
    postcode = " ".join(param(request, "postcode").split())
    if postcode:
        if parse_postcode(postcode) is None:
            raise ApiError(
                400, f"“{postcode[:20]}” is not a UK postcode. Give one such as IG11 7LU, or a district such as IG11."
            )
        place = locate(postcode)
        if place is None:
            raise ApiError(400, f"We do not know the postcode “{postcode[:20]}”: no such postcode district exists.")
        # Services for that borough and for every area above it: region, nation, the whole UK. A real postcode
        # outside the boroughs we know gets those for its nation and the whole UK.
        services = services.filter(areas_served__in=place.area.ancestors())
        distinct = True

    proximity = None
    value = param(request, "proximity")
    if value:
        if place is None:
            raise ApiError(400, "proximity needs a postcode to measure from, e.g. ?postcode=IG11 7LU&proximity=5000.")
        try:
            proximity = float(value)
        except ValueError:
            proximity = None
        if proximity is None or not math.isfinite(proximity) or proximity <= 0:
            raise ApiError(400, f"proximity must be a distance in metres, more than 0 (you gave “{value[:40]}”).")
        if place.coordinates is None:
            raise ApiError(400, f"We do not know the map position of “{postcode[:20]}”, so proximity cannot be used.")
    return (services.distinct() if distinct else services), place, proximity


def service_page(request, services, serialize, related=with_related):
    """Filter, order and paginate services; nearest first when a postcode with a map position is given.

    With ``proximity``, services further away than that are left out. Services with no map position (phone
    lines, online and home-visit services) already cover the postcode's area, so they stay, after the rest.
    """
    services, place, proximity = filtered_services(request, services)
    services = services.order_by("title", "pk")
    if place is None or place.coordinates is None:
        return page_envelope(
            request,
            services.count(),
            lambda start, stop: [serialize(service) for service in related(services)[start:stop]],
        )

    nearest = sort_by_distance(list(services.only("pk", "title", "latitude", "longitude")), place.coordinates)
    if proximity is not None:
        nearest = [s for s in nearest if s.distance_km is None or s.distance_km * 1000 <= proximity]
    ids = [service.pk for service in nearest]

    def fetch(start, stop):
        wanted = ids[start:stop]
        found = related(ServicePage.objects.filter(pk__in=wanted)).in_bulk()
        return [serialize(found[pk]) for pk in wanted if pk in found]

    return page_envelope(request, len(ids), fetch)


def api_root_url(request):
    return absolute_url(request, reverse("openreferral:root"))


@api_view
def root(request):
    check_parameters(request, ())
    return {
        "version": schemas.VERSION,
        "profile": schemas.PROFILE_URL,
        "openapi_url": absolute_url(request, reverse("openreferral:openapi")),
    }


@api_view
def openapi(request):
    """The official ORUK 3.0 OpenAPI document, with this site's address and what it adds: /organizations
    (which the profile's schemas describe but its document leaves out) and the extra /services filters."""
    check_parameters(request, ())
    document = copy.deepcopy(schemas.load("openapi.json"))
    document["servers"] = [{"url": api_root_url(request).rstrip("/"), "description": "Carers Directory"}]

    def query(name, description, kind="string"):
        return {"name": name, "in": "query", "required": False, "description": description, "schema": {"type": kind}}

    text = query("text", "The ORUK 1.0 name for search: it works the same.")
    postcode = query("postcode", "Services for this postcode's area and every area above it (region, nation, UK).")
    proximity = query("proximity", "With postcode: metres from it, nearest first; services with no map point last.")
    since = query("modified_after", "Services changed on or after this date (2026-01-31) or date-time.")
    added = {
        "/services": [text, postcode, proximity, since],
        "/service_at_locations": [text, since],  # the official document has postcode and proximity here
        "/taxonomy_terms": [
            query("taxonomy_id", "Only the terms of this taxonomy (an id from /taxonomies)."),
            query("parent_id", "Only the terms directly below this term."),
            query("root_only", "true: only the terms with nothing above them.", "boolean"),
        ],
    }
    for path, parameters in added.items():
        document["paths"][path]["get"].setdefault("parameters", []).extend(parameters)
    page = {"$ref": "#/components/schemas/Page"}
    document["paths"]["/organizations"] = {
        "get": {
            "summary": "Organisations that run the directory's services.",
            "operationId": "getPaginatedListOfOrganizations",
            "parameters": [
                {"$ref": "#/components/parameters/search"},
                {"$ref": "#/components/parameters/page"},
                {"$ref": "#/components/parameters/per_page"},
                text,
            ],
            "responses": {
                "200": {
                    "description": "A page of organisations.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "properties": {
                                    "contents": {
                                        "type": "array",
                                        "items": {"$ref": schemas.PUBLISHED_BASE + "compiled/organization_list.json"},
                                    }
                                },
                                "allOf": [page],
                            }
                        }
                    },
                }
            },
        }
    }
    document["paths"]["/organizations/{id}"] = {
        "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
        "get": {
            "summary": "One organisation with its services.",
            "operationId": "getOrganizationById",
            "responses": {
                "200": {
                    "description": "The organisation.",
                    "content": {
                        "application/json": {"schema": {"$ref": schemas.PUBLISHED_BASE + "compiled/organization.json"}}
                    },
                }
            },
        },
    }
    return document


@api_view
def services(request):
    return service_page(request, services_queryset(), lambda service: serialize_service(service, request))


def find_service(service_key):
    key = parse_uuid(service_key)
    found = with_related(services_queryset().filter(translation_key=key)).first() if key else None
    if found is None:
        raise ApiError(404, f"There is no service with the id “{service_key[:80]}”.")
    return found


@api_view
def service_detail(request, service_id):
    check_parameters(request, ())
    return serialize_service(find_service(service_id), request)


@api_view
def service_at_locations(request):
    return service_page(
        request,
        services_queryset().filter(HAS_LOCATION),
        lambda service: serialize_service_at_location(service, request),
        related=with_organisation,  # a location and a short service need no other rows
    )


@api_view
def service_at_location_detail(request, service_at_location_id):
    check_parameters(request, ())
    key = str(parse_uuid(service_at_location_id) or "")
    # The id is derived from the service's id, so look for the service whose derived id this is.
    for service in services_queryset().filter(HAS_LOCATION).only("pk", "translation_key"):
        if serializers.service_at_location_id(service) == key:
            return serialize_service_at_location(find_service(str(service.translation_key)), request, detail=True)
    raise ApiError(404, f"There is no service at a location with the id “{service_at_location_id[:80]}”.")


# --- organisations, taxonomies ------------------------------------------------------------------------------


@api_view
def organizations(request):
    check_parameters(request, (*PAGING, "search", "text"))
    organisations = Organisation.objects.order_by("name", "pk")
    words = (param(request, "search") or param(request, "text")).split()[:MAX_TEXT_WORDS]
    for word in words:
        organisations = organisations.filter(Q(name__icontains=word) | Q(description__icontains=word))
    return page_envelope(
        request,
        organisations.count(),
        lambda start, stop: [serialize_organization(organisation) for organisation in organisations[start:stop]],
    )


@api_view
def organization_detail(request, organization_id):
    check_parameters(request, ())
    key = parse_uuid(organization_id)
    organisation = Organisation.objects.filter(oruk_id=key).first() if key else None
    if organisation is None:
        raise ApiError(404, f"There is no organization with the id “{organization_id[:80]}”.")
    record = serialize_organization(organisation)
    runs = with_organisation(services_queryset().filter(organisation=organisation)).order_by("title", "pk")
    record["services"] = [serialize_service_summary(service, request) for service in runs]
    return record


@api_view
def taxonomies(request):
    check_parameters(request, PAGING)
    records = [serialize_taxonomy(vocabulary) for vocabulary in VOCABULARIES]
    return page_envelope(request, len(records), lambda start, stop: records[start:stop])


@api_view
def taxonomy_detail(request, taxonomy_id):
    check_parameters(request, ())
    try:
        return serialize_taxonomy(find_taxonomy(taxonomy_id))
    except ApiError as problem:
        raise ApiError(404, problem.message) from None


@api_view
def taxonomy_terms(request):
    """Every term, taxonomy by taxonomy (as /taxonomies lists them), then by name. ``taxonomy_id`` narrows the
    list to one taxonomy, ``parent_id`` to the terms directly below one term, ``root_only`` to the top terms."""
    check_parameters(request, (*PAGING, "taxonomy_id", "parent_id", "root_only"))
    wanted = find_taxonomy(param(request, "taxonomy_id")) if param(request, "taxonomy_id") else None
    records = [
        serialize_taxonomy_term(vocabulary, term)
        for vocabulary, term in all_terms()
        if wanted is None or vocabulary == wanted
    ]
    parent_id = param(request, "parent_id")
    if parent_id:
        records = [record for record in records if record.get("parent_id") == parent_id.lower()]
    if param(request, "root_only").lower() in ("1", "true", "yes"):
        records = [record for record in records if "parent_id" not in record]
    return page_envelope(request, len(records), lambda start, stop: records[start:stop])


@api_view
def taxonomy_term_detail(request, taxonomy_term_id):
    check_parameters(request, ())
    try:
        vocabulary, term = find_term(taxonomy_term_id)
    except ApiError as problem:
        raise ApiError(404, problem.message) from None
    return serialize_taxonomy_term(vocabulary, term)


@api_view
def not_found(request, path=""):
    raise ApiError(
        404,
        "There is nothing at this address. The API has /services, /service_at_locations, /organizations, "
        "/taxonomies and /taxonomy_terms, and its OpenAPI document at /openapi.json.",
    )
