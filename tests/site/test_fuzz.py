"""Fuzzing the public inputs with Hypothesis: search, listing filters, public forms, the spreadsheet import and
the Open Referral UK API.

For every generated input the site must answer 2xx, 3xx or 4xx (never a 5xx, never an exception), a refusal must
say what was wrong, and nothing may be half-saved: a refused form or import leaves every row count as it was, an
accepted form adds exactly one row.

Profiles (HYPOTHESIS_PROFILE=ci|deep, default ci):
- ci: deterministic (derandomize, no example database), sized so this whole file runs in well under 3 minutes
  on SQLite.
- deep: ten times the examples, random each run, for a manual hunt: ``HYPOTHESIS_PROFILE=deep pytest
  tests/site/test_fuzz.py``. Add ``python -m carers_site.dev.postgres_server run --fast --`` in front to fuzz PostgreSQL
  (which, unlike SQLite, refuses NUL characters).
- explicit: only the ``@example`` inputs (each one a bug the fuzzing found), for a quick run.

Each example runs in its own transaction, rolled back at its end, with an empty cache (so rate limits do not
carry over): examples cannot see each other's writes, which is why the function-scoped fixture health check is
switched off. The number of inputs tried per target is printed at the end of the run ("fuzzed inputs: ...").
"""

import csv
import datetime
import io
import json
import math
import os
from collections import Counter
from contextlib import contextmanager
from decimal import Decimal
from urllib.parse import urlencode

import openpyxl
import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page, Revision

from carers_site.core.uploads import check_spreadsheet
from carers_site.models import Area, FeedbackFormField, Language, PostcodeDistrict
from directory import importer
from directory.models import GapMapPage, ListingProblem, OpeningTime, Organisation, ServicePage, ServicePhone
from resources.access_models import AccessRequest
from tests.factories.directory import DirectoryIndexPageFactory, ServicePageFactory
from tests.factories.resources import (
    GuidancePageFactory,
    LeafletIndexPageFactory,
    LeafletPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from tests.factories.site import (
    AreaFactory,
    AudienceFactory,
    CareAreaFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FeedbackFormPageFactory,
    InterventionFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OutcomeFactory,
    ResourceTypeFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

# --- profiles and counting ----------------------------------------------------------------------------------

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("deep", settings.get_profile("ci"), derandomize=False)
# Only the @example inputs below (the bugs fuzzing found): a quick check, e.g. on PostgreSQL.
settings.register_profile("explicit", settings.get_profile("ci"), phases=[Phase.explicit])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
SCALE = 10 if PROFILE == "deep" else 1


def fuzz(examples):
    """Settings for one target: the chosen profile, with ``examples`` inputs (ten times as many when deep)."""
    return settings(settings.get_profile(PROFILE), max_examples=examples * SCALE)


#: Inputs actually tried, per target (Hypothesis may stop early when it has run out of new inputs).
FUZZED = Counter()


class FuzzSummary:
    """Prints the counts as the run's last line, for the record of how much was fuzzed."""

    def pytest_terminal_summary(self, terminalreporter):
        if FUZZED:
            counts = ", ".join(f"{target} {count}" for target, count in sorted(FUZZED.items()))
            terminalreporter.write_line(f"fuzzed inputs ({PROFILE} profile): {counts}")


@pytest.fixture(autouse=True, scope="module")
def fuzz_summary(request):
    plugin = FuzzSummary()
    request.config.pluginmanager.register(plugin, "fuzz-summary")
    yield
    # Stays registered to the end, so the terminal summary can print it.


class RolledBack(Exception):
    pass


@contextmanager
def isolated_example():
    """One example's transaction, always rolled back, with an empty cache (rate limits, search caches)."""
    cache.clear()
    try:
        with transaction.atomic():
            yield
            raise RolledBack
    except RolledBack:
        pass


# --- strategies ---------------------------------------------------------------------------------------------

CONTROL = st.sampled_from(["\x00", "\x01", "\x08", "\x0b", "\x1b", "\x7f", "\u200b", "\u202e", "\ufeff", "\r\n"])
ODD_STRINGS = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "1.5",
        "1e3",
        "²",  # a digit to str.isdigit(), not to int()
        "١٢",  # Arabic-Indic digits: int() reads them
        "٣" * 30,
        "9" * 40,
        "NaN",
        "inf",
        "-inf",
        "null",
        "None",
        "[]",
        "{}",
        "%00",
        "%",
        "_",
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
        '=HYPERLINK("http://x")',
        "../../etc/passwd",
        "a\x00b",
        "\x00",
        "😀" * 5,
        "اردو",
        "Cymraeg ŵ ŷ",
        "\ud7ff",
        "x" * 5000,
        "é" * 3000,
    ]
)
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="ascii"), max_size=20),
    ODD_STRINGS,
    st.builds(lambda text, control: text + control + text, st.text(max_size=8), CONTROL),
    st.builds(lambda text, times: text * times, st.text(min_size=1, max_size=3), st.integers(50, 2000)),
)
NUMBER_TEXT = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.integers(0, 5).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    ODD_STRINGS,
    TEXT,
)


def params_for(names, known, numbers=("page",)):
    """A query string as {name: [values]}: each parameter absent, once or repeated, with known-good, numeric
    or nasty values; plus now and then a parameter nobody reads."""

    def values(name):
        pool = [TEXT]
        if name in known:
            pool.append(st.sampled_from(known[name]))
        if name in numbers:
            pool.append(NUMBER_TEXT)
        return st.lists(st.one_of(*pool), min_size=1, max_size=3)

    fixed = {name: values(name) for name in names}
    return st.builds(
        lambda chosen, extra: {**chosen, **extra},
        st.fixed_dictionaries({}, optional=fixed),
        st.dictionaries(TEXT.filter(lambda key: key and key not in names), st.lists(TEXT, max_size=2), max_size=2),
    )


# --- the site to fuzz ---------------------------------------------------------------------------------------


@pytest.fixture
def world(home, crisis_lines):
    """A small but complete site: every listing page with a few items, taxonomies, postcodes, public forms."""
    uk = AreaFactory(name="United Kingdom", slug="uk", kind=Area.Kind.COUNTRY)
    london = AreaFactory(name="London", slug="london", kind=Area.Kind.REGION, parent=uk)
    havering = AreaFactory(name="Havering", slug="havering", parent=london)
    redbridge = AreaFactory(name="Redbridge", slug="redbridge", parent=london)
    PostcodeDistrict.objects.create(area=havering, code="RM1", latitude=Decimal("51.58"), longitude=Decimal("0.183"))
    PostcodeDistrict.objects.create(area=redbridge, code="IG1")  # no map position
    young = AudienceFactory(name="Young carers", slug="young-carers")
    adults = AudienceFactory(name="Adult carers", slug="adult-carers")
    dementia = CareAreaFactory(name="Dementia", slug="dementia")
    breaks = InterventionFactory(name="Breaks and respite", slug="breaks")
    InterventionFactory(name="Advocacy", slug="advocacy")
    toolkit = ResourceTypeFactory(name="Toolkit", slug="toolkit")
    outcome = OutcomeFactory(name="Wellbeing", slug="wellbeing")
    sector = SectorFactory(name="Primary care", slug="primary-care")
    polish = Language.objects.get_or_create(code="pl", defaults={"name": "Polski", "english_name": "Polish"})[0]
    Locale.objects.get_or_create(language_code="cy")

    directory = DirectoryIndexPageFactory(parent=home, slug="directory")
    services = []
    for number, (areas, audiences) in enumerate([([havering], [young]), ([redbridge], [adults]), ([uk], [])]):
        service = ServicePageFactory(
            parent=directory,
            title=f"Carers respite service {number}",
            summary="Breaks and advice for carers.",
            reference=f"FUZZ-{number}",
            postcode="RM1 3AB" if number == 0 else "",
            latitude=Decimal("51.581") if number == 0 else None,
            longitude=Decimal("0.184") if number == 0 else None,
        )
        service.areas_served.set(areas)
        service.audiences.set(audiences)
        service.care_areas.set([dementia])
        service.interventions.set([breaks])
        service.languages.set([polish])
        ServicePhone.objects.create(service=service, number="01708 457040", label="Advice line", sort_order=0)
        OpeningTime.objects.create(
            service=service, first_day=0, last_day=4, opens=datetime.time(9), closes=datetime.time(17), sort_order=0
        )
        service.save_revision().publish()
        services.append(service)

    for number in range(3):
        GuidancePageFactory(parent=home, title=f"Carer's assessment {number}", easy_read=number == 0)
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    for number in range(2):
        resource = ResourcePageFactory(parent=library, title=f"Carer awareness toolkit {number}", resource_type=toolkit)
        for field, term in [("care_areas", dementia), ("outcomes", outcome), ("sectors", sector), ("areas", london)]:
            getattr(resource, field).set([term])
        resource.audiences.set([young])
        resource.save_revision().publish()
    leaflets = LeafletIndexPageFactory(parent=home, slug="leaflets")
    LeafletPageFactory(parent=leaflets)
    news = NewsIndexPageFactory(parent=home, slug="news")
    for _number in range(3):
        NewsPageFactory(parent=news)
    events = EventIndexPageFactory(parent=home, slug="events")
    evening = timezone.now().replace(hour=18, minute=30) + datetime.timedelta(days=3)
    EventPageFactory(parent=events, area=havering, start=evening, end=evening + datetime.timedelta(hours=2))
    EventPageFactory(parent=events, online=True)
    gap_map = GapMapPage(title="Carers Hub gap map", slug="gap-map", summary="Where help is missing.")
    home.add_child(instance=gap_map)
    gap_map.save_revision().publish()
    feedback = FeedbackFormPageFactory(parent=home, slug="feedback")  # a required "Your comments" box
    FeedbackFormField.objects.create(
        page=feedback, label="Did you find what you needed?", field_type="radio", choices="Yes\nNo", sort_order=1
    )
    FeedbackFormField.objects.create(
        page=feedback, label="Your email address", field_type="email", required=False, sort_order=2
    )
    FeedbackFormField.objects.create(
        page=feedback, label="How many times", field_type="number", required=False, sort_order=3
    )
    FeedbackFormField.objects.create(page=feedback, label="When", field_type="date", required=False, sort_order=4)
    return {"services": services, "feedback": feedback, "home": home}


# --- checks -------------------------------------------------------------------------------------------------


def body_text(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def assert_answered(response, *, allowed=None):
    """Never a 5xx; a 4xx says something; optionally, only the statuses expected for this address."""
    assert response.status_code < 500, f"{response.status_code}: {body_text(response)[:300]}"
    if allowed is not None:
        assert response.status_code in allowed, response.status_code
    if 400 <= response.status_code < 500 and response.request["REQUEST_METHOD"] != "HEAD":
        assert body_text(response).strip(), "a refusal with an empty body"


def counts(*models):
    return {model.__name__: model.objects.count() for model in models}


def last(params, name):
    values = params.get(name) or [""]
    return values[-1]


def last_in_query(params, name):
    """The value a view reads from the query string: the last one, without NUL characters (query_strings.py)."""
    return last(params, name).replace("\x00", "")


# --- (a) search ---------------------------------------------------------------------------------------------

SEARCH_KNOWN = {
    "q": ["respite", "carer's assessment", "suicide", "RM1 3AB", "IG1", "help now", "respite RM1"],
    "type": ["ServicePage", "GuidancePage", "ResourcePage", "Page", "HomePage"],
    "area": ["havering", "london", "uk", "redbridge"],
    "easy_read": ["1", "0", "on"],
    "resource_type": ["toolkit"],
    "audience": ["young-carers", "adult-carers"],
    "care_area": ["dementia"],
    "language": ["pl", "en", "PL"],
}
SEARCH_PARAMS = [*SEARCH_KNOWN, "page", "sort", "order"]
FILTER_KNOWN_VALUES = {
    "type": {"ServicePage", "GuidancePage", "ResourcePage", "LeafletPage", "NewsPage", "EventPage"},
    "area": {"havering", "london", "uk", "redbridge"},
    "easy_read": {"1"},
    "resource_type": {"toolkit"},
    "audience": {"young-carers", "adult-carers"},
    "care_area": {"dementia"},
    "language": {"pl"},
}


@fuzz(100)
@given(
    prefix=st.sampled_from(["", "/cy", "/ur"]),
    params=params_for(SEARCH_PARAMS, SEARCH_KNOWN),
)
@example(prefix="", params={"q": ["respite\x00RM1"], "area": ["\x00"], "page": ["²"]})
@example(prefix="", params={"q": ["x" * 5000], "type": ["ServicePage"], "page": ["9" * 40]})
@example(prefix="", params={"audience": ["young-carers", "nobody"], "easy_read": ["1", "1"]})
def test_search_parameters(client, world, prefix, params):
    FUZZED["search"] += 1
    with isolated_example():
        response = client.get(f"{prefix}/search/", params)
        assert_answered(response, allowed={200})
        unknown = [
            name
            for name, known in FILTER_KNOWN_VALUES.items()
            if last_in_query(params, name) and last_in_query(params, name) not in known and name != "type"
        ]
        if unknown and prefix == "":
            assert "We did not recognise some filters" in body_text(response), unknown

        suggestions = client.get(f"{prefix}/search/suggest/", {"q": params.get("q", [""])})
        assert_answered(suggestions, allowed={200})
        assert isinstance(suggestions.json()["suggestions"], list)


# --- (b) listing pages --------------------------------------------------------------------------------------

LISTINGS = {
    # path: (parameters it reads, known good values)
    "/directory/": (
        ["postcode", "area", "audience", "open_now", "page"],
        {
            "postcode": ["RM1 3AB", "rm1", "IG1 1AA", "ZZ9 9ZZ", "SW1A 1AA"],
            "area": ["havering", "london", "uk"],
            "audience": ["young-carers"],
            "open_now": ["1", "0"],
        },
    ),
    "/events/": (
        ["when", "area", "audience", "page"],
        {
            "when": ["evening", "weekend"],
            "area": ["havering", "london", "nowhere"],
            "audience": ["young-carers"],
        },
    ),
    "/events/calendar.ics": (["when", "area", "audience"], {"when": ["evening", "weekend"], "area": ["havering"]}),
    "/gap-map/": (["audience", "care_area", "page"], {"audience": ["young-carers"], "care_area": ["dementia"]}),
    "/gap-map/csv/": (["audience", "care_area"], {"audience": ["adult-carers"], "care_area": ["dementia"]}),
    "/gap-map/services/breaks/havering/": (["audience", "care_area", "page"], {"audience": ["young-carers"]}),
    "/gap-map/services/breaks/": (["audience", "care_area", "page"], {}),
    "/gap-map/wider/breaks/": (["audience", "care_area", "page"], {}),
    "/resources/": (
        ["type", "care_area", "outcome", "sector", "audience", "area", "page"],
        {
            "type": ["toolkit"],
            "care_area": ["dementia"],
            "outcome": ["wellbeing"],
            "sector": ["primary-care"],
            "audience": ["young-carers"],
            "area": ["london"],
        },
    ),
    "/news/": (["page"], {}),
    "/news/feed/rss/": (["page"], {}),
    "/leaflets/": (["page"], {}),
}
LISTING_CASES = st.sampled_from(sorted(LISTINGS)).flatmap(
    lambda path: st.tuples(st.just(path), params_for(*LISTINGS[path]))
)


@fuzz(150)
@given(case=LISTING_CASES)
@example(case=("/gap-map/", {"audience": ["\x00"], "care_area": ["dementia", "x" * 500]}))
@example(case=("/events/", {"area": ["a\x00b"], "when": ["evening"] * 3, "page": ["-1"]}))
@example(case=("/directory/", {"postcode": ["RM1\x00 3AB"], "open_now": ["1"], "page": ["١٢"]}))
def test_listing_filters_and_page_numbers(client, world, case):
    path, params = case
    FUZZED["listings"] += 1
    with isolated_example():
        response = client.get(path, params)
        assert_answered(response, allowed={200})
        text = body_text(response)
        if path == "/gap-map/" and last_in_query(params, "audience") not in ("", "young-carers", "adult-carers"):
            assert "nhsuk-error-summary" in text and "We do not know that group of people" in text
        if path == "/events/":
            area = last_in_query(params, "area").strip()[:120]
            if area and area not in ("havering", "redbridge"):
                assert "We do not know the borough" in text


@fuzz(40)
@given(
    intervention=st.one_of(st.from_regex(r"\A[-a-zA-Z0-9_]{1,80}\Z"), st.sampled_from(["breaks", "advocacy"])),
    borough=st.one_of(st.from_regex(r"\A[-a-zA-Z0-9_]{1,80}\Z"), st.sampled_from(["havering", "london", "uk"])),
    service_id=st.one_of(st.integers(0, 10**40), st.just(1)),
)
@example(intervention="breaks", borough="london", service_id=2**63)
def test_addresses_with_ids_and_slugs(client, world, intervention, borough, service_id):
    """Slugs and ids in the address: an unknown one is a 404 page, never an error."""
    FUZZED["listing addresses"] += 1
    with isolated_example():
        assert_answered(client.get(f"/gap-map/services/{intervention}/{borough}/"), allowed={200, 404})
        assert_answered(client.get(f"/gap-map/wider/{intervention}/"), allowed={200, 404})
        assert_answered(client.get(f"/directory/{service_id}/report/"), allowed={200, 404})


# --- (c) public forms ---------------------------------------------------------------------------------------

PROBLEM_KINDS = [value for value, _label in ListingProblem.Kind.choices]
CONTACTS = ["", "name@example.com", "020 7946 0000", "07700 900 123", "not a contact", "a@b", "0" * 30]


def form_data(fields, valid):
    """POST data. Half the time anything: each named field absent, once or repeated, from its own strategy or nasty
    text. Otherwise a good answer (``valid``) with one field changed that way, so accepted answers are tried too."""
    optional = {name: st.lists(st.one_of(strategy, TEXT), min_size=1, max_size=2) for name, strategy in fields.items()}
    anything = st.builds(
        lambda chosen, extra: {**chosen, **extra},
        st.fixed_dictionaries({}, optional=optional),
        st.dictionaries(st.sampled_from(["csrfmiddlewaretoken", "junk", "service"]), st.lists(TEXT, max_size=1)),
    )
    one_field_changed = st.sampled_from(sorted(fields)).flatmap(
        lambda name: st.lists(st.one_of(fields[name], TEXT), max_size=2).map(
            lambda values: {**{key: [value] for key, value in valid.items()}, name: values}
        )
    )
    return st.one_of(anything, one_field_changed)


def shows_errors(response):
    text = body_text(response)
    return response.status_code in (200, 400, 429) and ("nhsuk-error-message" in text or "error-summary" in text)


@fuzz(60)
@given(
    data=form_data(
        {
            "kind": st.sampled_from(PROBLEM_KINDS),
            "details": st.sampled_from(["The number has changed.", "x" * 2000, "x" * 2001]),
            "contact": st.sampled_from(CONTACTS),
            "website": st.sampled_from(["", "http://spam.example"]),
        },
        valid={"kind": PROBLEM_KINDS[0], "details": "The number has changed.", "contact": "", "website": ""},
    )
)
@example(data={"kind": [PROBLEM_KINDS[0]], "details": ["a\x00b"], "contact": ["name@example.com"]})
@example(data={"kind": [PROBLEM_KINDS[0]], "contact": ["\U0001d7d8\U0001d7d0\U0001d7d8 7946 0000"]})
def test_report_a_problem_form(client, world, data):
    FUZZED["form: report a problem"] += 1
    service = world["services"][0]
    with isolated_example():
        before = counts(ListingProblem)
        response = client.post(reverse("directory:report_problem", args=[service.pk]), data)
        assert_answered(response, allowed={200, 302})
        added = ListingProblem.objects.count() - before["ListingProblem"]
        if response.status_code == 302:
            spam = bool(last(data, "website"))
            assert added == (0 if spam else 1)
            FUZZED["form: report a problem, accepted"] += 1
            if not spam:
                problem = ListingProblem.objects.latest("pk")
                assert problem.kind == last(data, "kind") and problem.service_id == service.pk
        else:
            assert added == 0 and shows_errors(response)


@fuzz(60)
@given(
    page=st.one_of(st.none(), NUMBER_TEXT, st.just("PAGE")),
    data=form_data(
        {
            "name": st.sampled_from(["Asha Patel", "x" * 121, "  "]),
            "email": st.sampled_from(["asha@nhs.net", "asha@", "asha@nhs.net\x00", "ä@ä.de"]),
            "job_title": st.sampled_from(["Ward nurse", "x" * 121]),
            "organisation": st.sampled_from(["Queen's Hospital", "x" * 161]),
            "reason": st.sampled_from(["", "To help families.", "x" * 1001]),
            "website": st.sampled_from(["", "spam"]),
        },
        valid={
            "name": "Asha Patel",
            "email": "asha@nhs.net",
            "job_title": "Ward nurse",
            "organisation": "Queen's Hospital",
            "reason": "",
            "website": "",
        },
    ),
)
@example(
    page="²",
    data={"name": ["A"], "email": ["a@nhs.net"], "job_title": ["GP"], "organisation": ["NHS"]},
)
def test_request_access_form(client, world, page, data):
    FUZZED["form: request access"] += 1
    if page == "PAGE":
        page = str(world["services"][0].pk)
    query = "" if page is None else "?" + urlencode({"page": page})
    with isolated_example():
        before = counts(AccessRequest)
        assert_answered(client.get(reverse("request_access") + query), allowed={200})
        response = client.post(reverse("request_access") + query, data)
        assert_answered(response, allowed={200, 302})
        added = AccessRequest.objects.count() - before["AccessRequest"]
        if response.status_code == 302:
            assert added == (0 if last(data, "website") else 1)
            FUZZED["form: request access, accepted"] += 1
        else:
            assert added == 0 and shows_errors(response)


@fuzz(60)
@given(
    data=form_data(
        {
            "your_comments": st.sampled_from(["It helped.", "x" * 10000]),
            "did_you_find_what_you_needed": st.sampled_from(["Yes", "No", "Maybe"]),
            "your_email_address": st.sampled_from(["", "me@example.com", "me@"]),
            "how_many_times": NUMBER_TEXT,
            "when": st.sampled_from(["2026-12-25", "25/12/2026", "2026-02-30", "0000-01-01", "9999-12-31"]),
            "website": st.sampled_from(["", "spam"]),
        },
        valid={
            "your_comments": "It helped.",
            "did_you_find_what_you_needed": "Yes",
            "your_email_address": "",
            "how_many_times": "2",
            "when": "2026-12-25",
            "website": "",
        },
    )
)
@example(data={"your_comments": ["It helped."], "did_you_find_what_you_needed": ["Yes"], "how_many_times": ["1e400"]})
@example(data={"your_comments": ["It helped."], "did_you_find_what_you_needed": ["Yes"], "how_many_times": ["9" * 40]})
def test_feedback_form(client, world, data):
    FUZZED["form: feedback"] += 1
    page = world["feedback"]
    with isolated_example():
        before = counts(FormSubmission)
        response = client.post(page.url, data)
        assert_answered(response, allowed={200})
        added = FormSubmission.objects.count() - before["FormSubmission"]
        if shows_errors(response):
            assert added == 0
        else:
            assert added == (0 if last(data, "website") else 1), body_text(response)[:500]
            FUZZED["form: feedback, accepted"] += 1


@fuzz(60)
@given(
    page=st.one_of(NUMBER_TEXT, st.just("SERVICE")),
    action=st.one_of(st.sampled_from(["make", "remove:", "up:", "down:", "remove:SERVICE"]), TEXT),
    note=st.one_of(st.sampled_from(["Read the first page.", "x" * 501]), TEXT),
    query=TEXT,
    token=st.one_of(TEXT, st.just("TOKEN")),
    next_url=st.sampled_from(["", "/directory/", "https://evil.example/", "javascript:alert(1)", "//evil"]),
)
@example(page="²", action="remove:²", note="", query="", token="", next_url="")
@example(page="SERVICE", action="up:١", note="a\x00b", query="a\x00b", token="TOKEN", next_url="")
def test_family_pack_forms(client, world, page, action, note, query, token, next_url):
    FUZZED["form: family pack"] += 1
    service_id = str(world["services"][0].pk)
    page = page.replace("SERVICE", service_id)
    action = action.replace("SERVICE", service_id)
    with isolated_example():
        before = counts(Page, Revision)
        assert_answered(
            client.post(reverse("family_pack_add"), {"page": page, "q": query, "next": next_url}), allowed={302}
        )
        assert_answered(client.get(reverse("family_pack"), {"q": query}), allowed={200})
        pack = client.post(reverse("family_pack"), {"action": action, "note": note})
        assert_answered(pack, allowed={200, 302})
        if pack.status_code == 200:
            assert shows_errors(pack)
        if token == "TOKEN":
            made = client.post(reverse("family_pack"), {"action": "make", "note": ""})
            token = made.url.partition("pack=")[2] if made.status_code == 302 and "pack=" in made.url else ""
            from urllib.parse import unquote

            token = unquote(token)
        assert_answered(client.get(reverse("family_pack_print"), {"pack": token}), allowed={200, 302, 400})
        assert_answered(client.post(reverse("family_pack_change"), {"pack": token}), allowed={302, 400})
        assert counts(Page, Revision) == before


# --- (d) the spreadsheet import -----------------------------------------------------------------------------

GOOD_VALUES = {
    "id": ["FUZZ-0", "NEW-1", "new-1", "HAV-0012", "a b", "x" * 65],
    "name": ["Carers café", "", "x" * 256],
    "organisation": ["Havering Carers", "", "x" * 256],
    "summary": ["Help for carers.", "x" * 301],
    "description": ["One.\n\nTwo <b>bold</b>.", ""],
    "phones": ["Advice line: 020 8554 0490; 0800 783 1853", "01708457040", "020 8554 049", "Line: " * 20],
    "email": ["help@example.org", "help-at-example.org", "x" * 250 + "@example.org"],
    "website": ["example.org", "https://exa mple", "ftp://example.org", "http://" + "x" * 200 + ".org"],
    "postcode": ["IG11 7LU", "ig117lu", "IG11 77LU", "RM1"],
    "latitude": ["51.5392", "NaN", "sNaN", "Infinity", "-Infinity", "1e999999", "51,5", "91", "51.5392000001"],
    "longitude": ["0.0806", "NaN", "Infinity", "1E+5", "-0", "0.08061234567"],
    "areas": ["havering; london", "uk", "Atlantis", "HAVERING"],
    "audiences": ["young-carers", "Young carers", "everyone-ish"],
    "care_areas": ["dementia", "dementia; dementia"],
    "interventions": ["breaks", "advocacy; breaks"],
    "languages": ["pl", "Polish", "Klingon"],
    "opening_hours": [
        "Mon-Fri 09:00-17:00; Sat 10:00-13:00",
        "24/7",
        "weekdays 9 till 5",
        "Mon 5pm-9am",
        "Sun-Mon 9-5",
    ],
    "closed_on_bank_holidays": ["yes", "no", "maybe", "TRUE"],
    "eligibility": ["Anyone", "x" * 256],
    "how_to_refer": ["Call us."],
    "cost": ["Free", "x" * 101],
    "last_verified": ["2026-10-31", "31/10/2026", "31/02/2026", "0001-01-01", "9999-12-31", "31/10/26"],
    "review_date": ["2027-10-31", "not a date"],
}
CELL = st.one_of(TEXT, st.sampled_from(sorted({v for values in GOOD_VALUES.values() for v in values})))


def cell_for(column):
    if column in GOOD_VALUES:
        return st.one_of(st.sampled_from(GOOD_VALUES[column]), st.sampled_from(GOOD_VALUES[column]), TEXT)
    return CELL


@st.composite
def spreadsheets(draw):
    """(file name, bytes): a header of known and unknown columns in any order, a few rows, in CSV (in some
    encoding, or broken) or XLSX, or bytes that are neither."""
    kind = draw(st.sampled_from(["good rows", "good rows", "csv", "csv", "xlsx", "bytes"]))
    if kind == "good rows":  # every column; good rows, some with one cell changed: most are imported
        columns = list(GOOD_VALUES)
        rows = []
        for number in range(draw(st.integers(1, 3))):
            row = {column: values[0] for column, values in GOOD_VALUES.items()} | {"id": f"FUZZ-{number}"}
            if draw(st.booleans()):
                changed = draw(st.sampled_from(columns))
                row[changed] = draw(cell_for(changed))
            rows.append([row[column] for column in columns])
        handle = io.StringIO()
        csv.writer(handle).writerows([columns, *rows])
        return "s.csv", handle.getvalue().encode("utf-8", errors="replace")
    if kind == "bytes":
        return draw(st.sampled_from(["s.csv", "s.xlsx", "s.txt", "s", "s.pdf"])), draw(st.binary(max_size=3000))
    columns = draw(
        st.lists(
            st.one_of(
                st.sampled_from(importer.COLUMN_NAMES), st.sampled_from(["row", "problems", "ID", " Name "]), TEXT
            ),
            max_size=len(importer.COLUMN_NAMES) + 3,
        )
    )
    if draw(st.booleans()):
        columns = ["id", "name", *columns]
    row = st.tuples(*[cell_for(column.strip().lower()) for column in columns]).map(list)
    rows = draw(st.lists(row, max_size=4))
    if rows and draw(st.booleans()):
        rows[0] = rows[0][: draw(st.integers(0, len(rows[0])))]  # a short row
    if draw(st.booleans()):
        rows.append(draw(st.lists(CELL, max_size=len(columns) + 3)))  # a ragged one
    if kind == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        try:
            for row in [columns, *rows]:
                sheet.append(row)
        except (ValueError, openpyxl.utils.exceptions.IllegalCharacterError):
            return "s.xlsx", b"PK\x03\x04 not really a workbook"
        handle = io.BytesIO()
        workbook.save(handle)
        return draw(st.sampled_from(["s.xlsx", "services.XLSX", "noextension"])), handle.getvalue()
    handle = io.StringIO()
    csv.writer(handle).writerows([columns, *rows])
    text = handle.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1", "utf-8 then junk"]))
    if encoding == "utf-8 then junk":
        data = text.encode() + draw(st.binary(min_size=1, max_size=50))
    else:
        data = text.encode(encoding, errors="replace")
    return draw(st.sampled_from(["s.csv", "s.CSV", "s.txt", "s"])), data


IMPORT_MODELS = (Page, ServicePage, Organisation, ServicePhone, OpeningTime, Revision)


@pytest.fixture
def editor(django_user_model, world):
    return django_user_model.objects.create_superuser("fuzz-admin", "admin@example.com", "pw")


@fuzz(35)
@given(
    upload=spreadsheets(),
    how=st.sampled_from(["import", "dry run", "all or nothing", "admin", "admin dry run"]),
)
@example(upload=("s.csv", b"id,name\nA-1,Caf\x81\x8d\n"), how="import")  # bytes neither UTF-8 nor cp1252
@example(upload=("s.csv", b"id,name,latitude,longitude\nA-1,Cafe,NaN,0.08\n"), how="import")
@example(upload=("s.csv", b"id,name,latitude,longitude\nA-1,Cafe,Infinity,1E+5\n"), how="admin")
@example(upload=("s.csv", b"id,name,latitude,longitude\nA-1,Cafe,sNaN,0\n"), how="dry run")
@example(upload=("s.csv", b"id,name\nA-1,Caf\xc3\xa9 \x00 here\n"), how="import")
def test_spreadsheet_import(client, world, editor, upload, how):
    FUZZED["import"] += 1
    name, data = upload
    with isolated_example():
        before = counts(*IMPORT_MODELS)
        if how.startswith("admin"):
            client.force_login(editor)
            handle = io.BytesIO(data)
            handle.name = name
            response = client.post(reverse("directory_import"), {"file": handle, "dry_run": how == "admin dry run"})
            assert_answered(response, allowed={200})
            text = body_text(response)
            if "rows read" not in text:  # refused: the form says why, and nothing changed
                assert counts(*IMPORT_MODELS) == before
                why = ["The submitted file is empty."]  # Django's own check, before ours
                try:  # the upload checks (carers_site/core/uploads.py) first, then the importer's own reading
                    check_spreadsheet(SimpleUploadedFile(name, data))
                    importer.read_rows(name, data)
                except ValidationError as error:
                    why += error.messages
                except importer.ImportFileError as error:
                    why.append(str(error))
                assert any(escape(message) in text for message in why), (why, text[-3000:])
            if how == "admin dry run":
                assert counts(*IMPORT_MODELS) == before
            return
        try:
            report = importer.import_services(
                name, data, dry_run=how == "dry run", all_or_nothing=how == "all or nothing", user=editor
            )
        except importer.ImportFileError as error:
            assert str(error).strip()
            assert counts(*IMPORT_MODELS) == before
            return
        after = counts(*IMPORT_MODELS)
        assert all(result.problems for result in report.rejected)
        assert all(not result.problems for result in report.results if result.action != "rejected")
        added = after["ServicePage"] - before["ServicePage"]
        if how == "dry run" or (how == "all or nothing" and report.rejected):
            assert after == before
        else:
            assert added == report.count("created")
            FUZZED["import: rows saved"] += report.count("created") + report.count("updated")
            for result in report.results:
                if result.action in ("created", "updated", "unchanged"):
                    page = ServicePage.objects.get(
                        reference__iexact=result.clean.reference, locale=world["home"].locale
                    )
                    assert page.title == result.clean.values["title"]
        assert report.summary()


# --- (e) the Open Referral UK API ---------------------------------------------------------------------------

API_KNOWN = {
    "page": ["1", "2", "0"],
    "per_page": ["1", "2", "500", "1000"],
    "search": ["respite", "carers 50%", "_"],
    "text": ["respite"],
    "taxonomy_id": ["270ccd67-e86e-52a8-8958-158bfaed84ba", "x:y:z"],  # the audience taxonomy
    "taxonomy_term_id": [
        "468e192a-5b1e-5cfa-8773-c8faa9283957",
        "cf506d25-47ff-5c54-9201-05cfa9281af2",
        "nope",
    ],  # young carers, Havering
    "day": ["MO", "sunday", "Funday"],
    "start_time": ["09:00", "23:59", "24:00", "9"],
    "end_time": ["17:00", "00:00"],
    "minimum_age": ["18"],
    "modified_after": [
        "2026-01-31",
        "2026-02-30",
        "2026-01-31T10:00:00Z",
        "0001-01-01T00:00+01:00",
        "9999-12-31T23:59:59-01:00",
        "2026-01-31T25:00",
    ],
    "postcode": ["RM1 3AB", "RM1", "IG1", "ZZ9 9ZZ", "not a postcode"],
    "proximity": ["5000", "0", "-1", "nan", "inf", "1e400", "5000m"],
    "parent_id": ["e3cbc2d5-9fe1-530d-859e-8c50ba7485d6", ""],  # London
    "root_only": ["1", "true", "no"],
}
API_LISTS = ["/services", "/service_at_locations", "/organizations", "/taxonomies", "/taxonomy_terms"]
API_PATHS = st.one_of(
    st.sampled_from([*API_LISTS, "/", "/openapi.json", "/vocabularies", "/services/", "/nothing/here"]),
    st.builds(
        lambda base, key: f"{base}/{key}",
        st.sampled_from(["/services", "/organizations", "/taxonomies", "/taxonomy_terms", "/service_at_locations"]),
        st.one_of(st.from_regex(r"\A[^/?#\x00-\x20]{1,60}\Z"), st.uuids().map(str), st.just("SERVICE")),
    ),
)


@fuzz(150)
@given(
    path=API_PATHS,
    params=params_for(list(API_KNOWN), API_KNOWN, numbers=("page", "per_page", "proximity")),
    method=st.sampled_from(["get", "get", "get", "get", "head", "options", "post", "delete"]),
)
@example(path="/services", params={"modified_after": ["0001-01-01T00:00+01:00"]}, method="get")
@example(path="/services", params={"modified_after": ["9999-12-31T23:59:59-01:00"]}, method="get")
@example(path="/services", params={"postcode": ["RM1 3AB"], "proximity": ["1e400"], "page": ["9" * 40]}, method="get")
@example(path="/services", params={"search": ["a\x00b"], "taxonomy_id": ["\x00"], "per_page": ["²"]}, method="get")
def test_open_referral_api(client, world, path, params, method):
    FUZZED["api"] += 1
    path = path.replace("SERVICE", str(world["services"][0].translation_key))
    with isolated_example():
        response = getattr(client, method)("/api/openreferral" + path, params if method in ("get", "head") else {})
        assert_answered(response, allowed={200, 204, 400, 404, 405})
        if method in ("head", "options"):
            return
        data = json.loads(response.content)
        if response.status_code != 200:
            assert isinstance(data["error"], str) and data["error"].strip()
            return
        if isinstance(data, dict) and "total_items" in data:
            assert data["size"] == len(data["contents"])
            assert data["empty"] == (data["total_items"] == 0)
            per_page = data["size"] if data["size"] else None
            if per_page and not data["last_page"]:
                assert data["total_pages"] == math.ceil(data["total_items"] / per_page)
            assert data["page_number"] >= 1


def test_nul_characters_are_dropped_from_query_strings(client, world):
    """PostgreSQL refuses text with a NUL in it, so no view may pass one to a query (SQLite would not notice)."""
    response = client.get("/search/", {"area": "\x00havering", "q": "respite"})
    assert "Showing help for <strong>Havering</strong>" in body_text(response)
    assert "We did not recognise some filters" not in body_text(response)
