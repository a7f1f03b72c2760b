"""The directory's read-only Open Referral UK API (plain Django views returning JSON).

Follows ORUK's API v1 conventions (https://developers.openreferraluk.org/API-Implementation/): list
endpoints take ``page`` (from 1) and ``per_page`` and answer with the pagination envelope
``totalElements, totalPages, number, size, first, last, content``; every response allows any origin
(``Access-Control-Allow-Origin: *``) so browser apps can use it; no key is needed. Only published, public,
English service pages appear. Bad input gets a 400 with ``{"error": "<plain message>"}``.
"""

import datetime
import math
import re
import uuid
from functools import wraps

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import HttpResponse, JsonResponse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.csrf import csrf_exempt
from wagtail.coreutils import get_supported_content_language_variant

from carers_site.core.taxonomy import Area
from directory.api.serializers import (
    VOCABULARIES,
    VOCABULARIES_BY_NAME,
    organization_id,
    parse_taxonomy_id,
    serialize_organization,
    serialize_service,
    serialize_service_at_location,
    serialize_taxonomy,
)
from directory.geo import locate, parse_postcode, sort_by_distance
from directory.models import Organisation, ServicePage

#: The ORUK version this API follows, and where that profile is described (the root endpoint says both).
ORUK_VERSION = "1.0"
PROFILE_URL = "https://openreferraluk.org/API-Guidance/"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500  # larger requests get this many, rather than an error (ORUK's validator asks for 1000)
MAX_TEXT_WORDS = 10
CACHE_CONTROL = "public, max-age=300"
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
HEADER_NAMES_RE = re.compile(r"[^A-Za-z0-9, -]")


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


def default_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


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


def page_envelope(request, total, fetch):
    """ORUK's pagination envelope. ``fetch(start, stop)`` gives the items; it is not called past the end."""
    page = whole_number(request, "page", 1)
    per_page = min(whole_number(request, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
    total_pages = math.ceil(total / per_page)
    content = fetch((page - 1) * per_page, page * per_page) if page <= total_pages else []
    return {
        "totalElements": total,
        "totalPages": total_pages,
        "number": page,
        "size": len(content),
        "first": page == 1,
        "last": page >= total_pages,
        "content": content,
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


def find_vocabulary(value):
    vocabulary = VOCABULARIES_BY_NAME.get(value)
    if vocabulary is None:
        names = ", ".join(VOCABULARIES_BY_NAME)
        raise ApiError(400, f"There is no vocabulary “{value[:80]}”. The vocabularies are: {names}.")
    return vocabulary


def find_term(value):
    """The (vocabulary, term) for a taxonomy id as /taxonomies gives it; a 400 if there is none."""
    value = CONTROL_CHARACTERS_RE.sub("", value)[:MAX_PARAMETER_LENGTH]
    parsed = parse_taxonomy_id(value)
    if parsed is not None:
        vocabulary, slug = parsed
        term = vocabulary.terms(default_language()).filter(slug=slug).first()
        if term is not None:
            return vocabulary, term
    raise ApiError(400, f"There is no taxonomy term with the id “{value[:80]}”. See /taxonomies for the ids.")


# --- services -----------------------------------------------------------------------------------------------


def services_queryset():
    """Live, public service pages in the default (English) locale."""
    return ServicePage.objects.live().public().filter(locale__language_code=default_language())


def with_related(services):
    """Everything serialize_service reads, in a fixed number of queries however many services there are."""
    return services.select_related("organisation", "locale").prefetch_related(
        "phones",
        "opening_times",
        Prefetch("areas_served", queryset=Area.objects.select_related("parent")),
        "audiences",
        "care_areas",
        "interventions",
        "languages",
    )


HAS_LOCATION = (
    ~Q(address_line_1="")
    | ~Q(address_line_2="")
    | ~Q(town="")
    | ~Q(postcode="")
    | Q(latitude__isnull=False, longitude__isnull=False)
)


def filtered_services(request, services):
    """Apply /services' filters. Returns (services, place or None, proximity in metres or None)."""
    words = param(request, "text").split()[:MAX_TEXT_WORDS]
    for word in words:  # every word must appear somewhere: name, summary, description or organisation
        services = services.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(description__icontains=word)
            | Q(organisation__name__icontains=word)
        )

    vocabulary = find_vocabulary(param(request, "vocabulary")) if param(request, "vocabulary") else None
    if param(request, "taxonomy_id"):
        term_vocabulary, term = find_term(param(request, "taxonomy_id"))
        if vocabulary is not None and vocabulary != term_vocabulary:
            return services.none(), None, None
        services = services.filter(**{term_vocabulary.field: term})
    elif vocabulary is not None:
        services = services.filter(**{f"{vocabulary.field}__isnull": False}).distinct()

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
        services = services.filter(areas_served__in=place.area.ancestors()).distinct()

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
    return services, place, proximity


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


@api_view
def root(request):
    return {"version": ORUK_VERSION, "profile": PROFILE_URL}


@api_view
def services(request):
    return service_page(request, services_queryset(), lambda service: serialize_service(service, request))


@api_view
def service_detail(request, service_id):
    try:
        key = uuid.UUID(service_id)
    except ValueError:
        key = None
    service = with_related(services_queryset().filter(translation_key=key)).first() if key else None
    if service is None:
        raise ApiError(404, f"There is no service with the id “{service_id[:80]}”.")
    return serialize_service(service, request)


@api_view
def service_at_locations(request):
    return service_page(
        request,
        services_queryset().filter(HAS_LOCATION),
        lambda service: serialize_service_at_location(service, request),
        related=lambda services: services.select_related("locale"),  # a location needs no related rows
    )


# --- organisations, taxonomies, vocabularies ----------------------------------------------------------------


@api_view
def organizations(request):
    organisations = Organisation.objects.order_by("name", "pk")
    words = param(request, "text").split()[:MAX_TEXT_WORDS]
    for word in words:
        organisations = organisations.filter(Q(name__icontains=word) | Q(description__icontains=word))
    return page_envelope(
        request,
        organisations.count(),
        lambda start, stop: [serialize_organization(organisation) for organisation in organisations[start:stop]],
    )


@api_view
def organization_detail(request, organization_key):
    wanted = organization_key.strip().lower()
    organisation = next((o for o in Organisation.objects.order_by("pk") if organization_id(o) == wanted), None)
    if organisation is None:
        raise ApiError(404, f"There is no organization with the id “{organization_key[:80]}”.")
    record = serialize_organization(organisation)
    record["services"] = [
        {"id": str(service.translation_key), "name": service.title, "url": service.get_full_url(request)}
        for service in services_queryset().filter(organisation=organisation).order_by("title", "pk")
    ]
    return record


def all_taxonomies(vocabularies):
    language = default_language()
    return [serialize_taxonomy(vocabulary, term) for vocabulary in vocabularies for term in vocabulary.terms(language)]


@api_view
def taxonomies(request):
    """Every term, vocabulary by vocabulary (as /vocabularies lists them), then by name.

    ``vocabulary``, ``parent_id`` (the terms directly below that one) and ``root_only`` narrow the list.
    """
    vocabulary = param(request, "vocabulary")
    terms = all_taxonomies([find_vocabulary(vocabulary)] if vocabulary else VOCABULARIES)
    parent_id = param(request, "parent_id")
    if parent_id:
        terms = [term for term in terms if term["parent"] == parent_id]
    if param(request, "root_only").lower() in ("1", "true", "yes"):
        terms = [term for term in terms if term["parent"] is None]
    return page_envelope(request, len(terms), lambda start, stop: terms[start:stop])


@api_view
def taxonomy_detail(request, taxonomy_id):
    try:
        vocabulary, term = find_term(taxonomy_id)
    except ApiError as problem:
        raise ApiError(404, problem.message) from None
    return serialize_taxonomy(vocabulary, term)


@api_view
def vocabularies(request):
    return [vocabulary.name for vocabulary in VOCABULARIES]


@api_view
def not_found(request, path=""):
    raise ApiError(
        404,
        "There is nothing at this address. The API has /services, /service_at_locations, /organizations, "
        "/taxonomies and /vocabularies.",
    )
