"""Site search for carers: synonyms, spelling help, crisis intent, postcodes, facets and a safe fallback.

The search server (OpenSearch, when SEARCH_URL is set) answers first; if it is down or errors, the same
query runs on Wagtail's database backend within the request, so a carer never sees an error page.
"""

import difflib
import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy, Or, PlainText

from carers_site.core.languages import english_term, kept_terms, linked_terms, localize
from carers_site.core.page_mixins import ContentPage, EasyReadMixin
from carers_site.core.privacy import is_private, readable_by
from carers_site.core.site_wide import remembered_until_published
from carers_site.core.taxonomy import Area, Audience, CareArea, Language, ResourceType
from directory.geo import locate
from search.models import SearchQueryDay, Synonym

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_HITS = 300
POSTCODE_RE = re.compile(r"\b([A-Z]{1,2}[0-9][0-9A-Z]?)(?:\s*([0-9][A-Z]{2}))?\b")
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
# Characters that mean something to search engines; carers' queries are plain words, so drop them.
# Small words that match almost every page when any word may match.
STOP_WORDS = set(
    "a an and are at be can do for from how i in is it me my of on or the to we what when where who with you".split()
)
SYNTAX_RE = re.compile(r"[\"*?:\\/()\[\]{}~^!+=<>|&]")


def searchable_page_models():
    """Page types that appear in results: content pages, not the index pages that only list them."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, ContentPage) and model.show_in_search_results and not model._meta.abstract
    ]


def normalise(text):
    """Plain words only, at most MAX_QUERY_LENGTH characters. Returns (text, was_shortened)."""
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text or "")  # control chars, NUL
    text = SYNTAX_RE.sub(" ", text)
    text = " ".join(text.split())
    shortened = len(text) > MAX_QUERY_LENGTH
    return text[:MAX_QUERY_LENGTH].strip(), shortened


def words(text):
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]


def similar(a, b, cutoff):
    return difflib.SequenceMatcher(None, a, b).ratio() >= cutoff


def is_crisis(text, crisis_words):
    """True if the query contains a crisis word or phrase, allowing for small typos."""
    tokens = words(text)
    joined = " ".join(tokens)
    for phrase in crisis_words:
        phrase_tokens = words(phrase)
        if not phrase_tokens:
            continue
        if f" {' '.join(phrase_tokens)} " in f" {joined} ":
            return True
        size = len(phrase_tokens)
        for start in range(len(tokens) - size + 1):
            window = tokens[start : start + size]
            # Typos only count on longer words: "suicde" is suicide, "urgant" is urgent, but "at" is not "it".
            if all(len(w) >= 4 for w in phrase_tokens) and similar(" ".join(window), " ".join(phrase_tokens), 0.8):
                return True
    return False


def find_area(text):
    """A postcode or postcode district in the query, as (its area, text without it).

    A full postcode anywhere in the UK counts: outside the boroughs we know, its area is its nation. A district
    on its own counts only if it is in the district table, so that "vitamin B12" is not taken for Birmingham.
    """
    for match in POSTCODE_RE.finditer(text.upper()):
        place = locate(match.group(0), everywhere=bool(match.group(2)))
        if place:
            remaining = (text[: match.start()] + text[match.end() :]).strip()
            return place.area, " ".join(remaining.split())
    return None, text


def synonym_groups():
    groups = cache.get("search:synonyms")
    if groups is None:
        groups = [synonym.term_list() for synonym in Synonym.objects.all()]
        cache.set("search:synonyms", groups, 300)
    return groups


def expand_synonyms(text):
    """The query, plus the query with each recognised phrase swapped for its synonyms."""
    lowered = " ".join(words(text))
    variants = [text]
    for group in synonym_groups():
        for term in group:
            term_words = " ".join(words(term))
            if term_words and f" {term_words} " in f" {lowered} ":
                for other in group:
                    if other != term:
                        variants.append(f" {lowered} ".replace(f" {term_words} ", f" {other} ").strip())
                break
    return list(dict.fromkeys(variants))


def vocabulary():
    """Words used in the titles and summaries of live public pages, synonyms and taxonomy names, for spelling
    suggestions. The pages' words are kept per process until a page is published or unpublished or privacy changes
    (site_wide), so a word of a private page (or of a translation of one) is never offered, and comes back as soon
    as the page is public again; the others are kept in the cache until editors change the synonyms."""
    vocab = cache.get("search:vocabulary")
    if vocab is None:
        vocab = set()
        for group in synonym_groups():
            for term in group:
                vocab.update(words(term))
        for model in (Audience, CareArea, Area):
            for name in model.objects.values_list("name", flat=True):
                vocab.update(words(name))
        vocab = {word for word in vocab if len(word) >= 3}
        cache.set("search:vocabulary", vocab, 300)
    return vocab | remembered_until_published("search:page-vocabulary", page_vocabulary)


def page_vocabulary():
    vocab = set()
    for title, summary in Page.objects.live().public().values_list("title", "search_description"):
        vocab.update(words(title))
        vocab.update(words(summary))
    for model in searchable_page_models():
        for summary in model.objects.live().public().values_list("summary", flat=True):
            vocab.update(words(summary))
    return {word for word in vocab if len(word) >= 3}


def correct_spelling(text):
    """Each unknown English-looking word replaced by the closest known word, or None if nothing changed."""
    vocab = vocabulary()
    corrected, changed = [], False
    for word in text.split():
        plain = word.lower().strip(".,;'’")
        if len(plain) >= 4 and plain.isascii() and plain.isalpha() and plain not in vocab:
            match = difflib.get_close_matches(plain, vocab, n=1, cutoff=0.8)
            if match:
                corrected.append(match[0])
                changed = True
                continue
        corrected.append(word)
    return " ".join(corrected) if changed else None


# --- facets ----------------------------------------------------------------------------------------------


@dataclass
class Facet:
    param: str
    label: str
    options: list = field(default_factory=list)  # [{"value", "label", "count", "chosen"}]


FACET_FIELDS = {
    # GET parameter: page field holding the terms (only on the page types that have it)
    "resource_type": "resource_type",
    "audience": "audiences",
    "care_area": "care_areas",
    "language": "languages",
}
AREA_FIELDS = ("areas_served", "areas", "area")
#: Every GET parameter that narrows the results.
FILTER_PARAMS = ("type", "area", "easy_read", *FACET_FIELDS)
FACET_EXISTS = {  # from the terms kept per process (carers_site.core.languages): no query
    "resource_type": lambda slug: any(term.slug == slug for term in kept_terms(ResourceType).values()),
    "audience": lambda slug: any(term.slug == slug for term in kept_terms(Audience).values()),
    "care_area": lambda slug: any(term.slug == slug for term in kept_terms(CareArea).values()),
    "language": lambda code: any(language.code == code for language in kept_terms(Language).values()),
}
#: The page fields that hold taxonomy terms, read for facets and area checks.
TERM_FIELDS = (*FACET_FIELDS.values(), "areas_served", "areas", "area")


def page_terms(page, field_name):
    """The taxonomy terms a page has in one field (empty if the page type has no such field)."""
    known = getattr(page, "facet_terms", None)
    if known is not None:  # loaded with the page (with_facet_fields)
        return known.get(field_name, [])
    try:
        value = getattr(page, field_name)
    except AttributeError:
        return []
    if value is None:
        return []
    return list(value.all()) if hasattr(value, "all") else [value]


def page_areas(page):
    return [area for name in AREA_FIELDS for area in page_terms(page, name)]


def serves(page, area):
    """Does this page cover the area? A national or regional page covers every borough inside it."""
    covered = page_areas(page)
    if not covered:
        return not hasattr(page, "areas_served")  # general guidance is for everyone; services must say where
    wanted = set(area.ancestors())
    return any(a in wanted for a in covered)


def kind_of(page):
    return type(page).__name__


# --- the search itself -----------------------------------------------------------------------------------


@dataclass
class SearchOutcome:
    query: str = ""
    shortened: bool = False
    corrected: str | None = None
    crisis: bool = False
    area: Area | None = None
    results: list = field(default_factory=list)
    translations: dict | None = None  # {model: {translation key: page}}, the hits' versions in the reader's language
    facets: list = field(default_factory=list)
    ignored_filters: list = field(default_factory=list)


_BACKENDS = {}


def search_backend(name):
    """The named backend, kept between requests: its OpenSearch client then remembers a node that failed and
    leaves it alone for a minute (instead of trying it first on every other request), and reuses connections.
    Keyed on the configuration too, so changed settings (as in tests) get a new client."""
    key = (name, repr(settings.WAGTAILSEARCH_BACKENDS.get(name)))
    backend = _BACKENDS.get(key)
    if backend is None:
        if len(_BACKENDS) > 20:
            _BACKENDS.clear()
        backend = _BACKENDS[key] = get_search_backend(name)
    return backend


def run_backend_search(queryset, query, backend_name):
    backend = search_backend(backend_name)
    return list(backend.search(query, queryset)[:MAX_HITS])


def backend_query(alternatives, backend_name, operator):
    """Any of the alternatives; typo-tolerant (fuzzy) on a search server."""
    backend = search_backend(backend_name)
    fuzzy = "opensearch" in type(backend).__module__ or "elasticsearch" in type(backend).__module__
    query_class = Fuzzy if fuzzy else PlainText
    parts = [query_class(text, operator=operator) for text in alternatives]
    return parts[0] if len(parts) == 1 else Or(parts)


def without_stop_words(text):
    kept = [word for word in text.split() if word.lower() not in STOP_WORDS]
    return " ".join(kept) or text


def search_with(queryset, alternatives, backend_name):
    """Pages matching all the words of an alternative; if none do, pages matching any word, best first."""
    hits = run_backend_search(queryset, backend_query(alternatives, backend_name, "and"), backend_name)
    if not hits:
        loose = list(dict.fromkeys(without_stop_words(text) for text in alternatives))
        hits = run_backend_search(queryset, backend_query(loose, backend_name, "or"), backend_name)
    return hits


#: When the search server last failed in this process (time.monotonic()), or None: for SEARCH_RETRY_SECONDS after
#: it, searches go straight to the database, so a server that is down or hangs costs one timeout, not one a search.
_server_failed_at = None


def server_resting():
    return _server_failed_at is not None and time.monotonic() - _server_failed_at < settings.SEARCH_RETRY_SECONDS


def database_backend_name():
    backends = settings.WAGTAILSEARCH_BACKENDS
    return next((name for name, conf in backends.items() if "database" in conf["BACKEND"]), None)


def fetch_hits(queryset, alternatives):
    """Search the configured backend; on any failure, answer from the database backend instead (and keep doing so
    for SEARCH_RETRY_SECONDS, then try the server again)."""
    global _server_failed_at
    fallback = database_backend_name()
    if fallback not in (None, "default") and server_resting():
        return search_with(queryset, alternatives, fallback)
    try:
        hits = search_with(queryset, alternatives, "default")
    except Exception as error:  # noqa: BLE001 - any search-server failure must fall back, never 500
        if fallback is None or fallback == "default":
            raise
        _server_failed_at = time.monotonic()
        logger.warning("Search server failed (%s); answering from the database backend.", error)
        return search_with(queryset, alternatives, fallback)
    _server_failed_at = None
    return hits


def with_facet_fields(queryset):
    """The pages of ``queryset`` (a list), each with the terms facets and area checks read (see add_facet_terms)."""
    pages = list(queryset)
    add_facet_terms(pages)
    return pages


def add_facet_terms(pages):
    """Give each page ``facet_terms``, {field: its terms} for TERM_FIELDS, in one query for all of them
    (carers_site.core.languages.linked_terms)."""
    found = linked_terms(pages, TERM_FIELDS)
    for page in pages:
        page.facet_terms = {name: terms for (pk, name), terms in found.items() if pk == page.pk}


def load_specific(hits, locale):
    """(the hit pages as their specific types, with their facet terms, in the order the search ranked them;
    {model: {translation key: page}}, their live public versions in ``locale``, for showing them in the reader's
    language). Each page type's hits and their translations come in one query."""
    by_model = {}
    for hit in hits:
        by_model.setdefault(hit.specific_class, []).append(hit)
    loaded, translations = {}, {}
    for model, group in by_model.items():
        ids = {hit.pk for hit in group}
        keys = {hit.translation_key for hit in group if hit.locale_id != locale.pk}
        in_locale = Q(translation_key__in=keys, locale=locale, live=True, alias_of__isnull=True)
        translations[model] = {}
        for page in model.objects.filter(Q(pk__in=ids) | (in_locale & ~Page.objects.all().private_q())):
            if page.pk in ids:
                loaded[page.pk] = page
            if page.translation_key in keys and page.locale_id == locale.pk and page.live and not page.alias_of_id:
                if not is_private(page):
                    translations[model][page.translation_key] = page
    pages = [loaded[hit.pk] for hit in hits if hit.pk in loaded]
    add_facet_terms(pages)
    return pages, translations


def readable(queryset, user):
    """Public pages only, for anonymous visitors. A signed-in member of the Professionals group (or a
    superuser) also finds the pages private to that group, which they can read (site/privacy/access.py)."""
    if user is None or not user.is_authenticated:
        return queryset.public()
    return readable_by(queryset, user)


def search(raw_query, params, locale, crisis_words, user=None):
    outcome = SearchOutcome()
    outcome.query, outcome.shortened = normalise(raw_query)
    outcome.crisis = is_crisis(outcome.query, crisis_words)

    area_slug = params.get("area", "")
    area, text = find_area(outcome.query)
    if area_slug:
        area = english_term(Area, area_slug)
        if area is None:
            outcome.ignored_filters.append(_("area"))
    outcome.area = area

    models = searchable_page_models()
    # The reader's language and English: a page nobody has translated yet is still found (shown in English).
    locales = {locale.pk, Locale.get_default().pk}
    base = readable(Page.objects.live().filter(locale__in=locales).type(*models), user)
    if text:
        outcome.corrected = correct_spelling(text)
        alternatives = expand_synonyms(text)
        if outcome.corrected:
            alternatives += expand_synonyms(outcome.corrected)
        pages, outcome.translations = load_specific(fetch_hits(base, list(dict.fromkeys(alternatives))), locale)
    elif params.get("easy_read") == "1":
        # No words: list every easy read page (the "Easy read" link on the home page and footer).
        pages = [
            page
            for model in models
            if issubclass(model, EasyReadMixin)
            for page in with_facet_fields(
                readable(model.objects.live().filter(locale__in=locales, easy_read=True), user)
            )
        ]
        pages.sort(key=lambda page: page.title.lower())
    elif area is not None:
        from directory.models import ServicePage

        services = readable(ServicePage.objects.live().filter(locale__in=locales), user)
        pages = list(with_facet_fields(services.order_by("title")))
    else:
        pages = []

    if area is not None:
        pages = [page for page in pages if serves(page, area)]
    pages = once_each(pages)
    pages, outcome.facets = apply_facets(pages, params, outcome)
    outcome.results = pages
    return outcome


def once_each(pages):
    """One version of each page (the best-ranked one) when it was found in two languages. The view shows the
    page in the reader's language (carers_site.core.languages.localize)."""
    seen = set()
    kept = []
    for page in pages:
        if page.translation_key not in seen:
            seen.add(page.translation_key)
            kept.append(page)
    return kept


def apply_facets(pages, params, outcome):
    """Narrow the pages by the chosen facets, and count the options for each facet on what is left."""
    models = {model.__name__: model for model in searchable_page_models()}
    kind = params.get("type", "")
    if kind and kind not in models:
        outcome.ignored_filters.append(_("type"))
        kind = ""
    chosen = {}
    for param, exists in FACET_EXISTS.items():
        value = params.get(param, "")
        if value and exists(value):
            chosen[param] = value
        elif value:
            outcome.ignored_filters.append(param)
    if kind:
        pages = [page for page in pages if kind_of(page) == kind]
    easy_read_param = params.get("easy_read", "")
    if easy_read_param == "1":
        pages = [page for page in pages if getattr(page, "easy_read", False)]
    elif easy_read_param:
        outcome.ignored_filters.append(_("easy read"))
    for param, value in chosen.items():
        key = (lambda t: t.code) if param == "language" else (lambda t: t.slug)
        pages = [page for page in pages if any(key(t) == value for t in page_terms(page, FACET_FIELDS[param]))]

    facets = []
    kinds = {}
    for page in pages:
        kinds[kind_of(page)] = kinds.get(kind_of(page), 0) + 1
    facets.append(
        Facet(
            "type",
            _("Type"),
            [
                {"value": name, "label": models[name]._meta.verbose_name, "count": count, "chosen": name == kind}
                for name, count in sorted(kinds.items())
            ],
        )
    )
    easy_count = sum(1 for page in pages if getattr(page, "easy_read", False))
    facets.append(
        Facet(
            "easy_read",
            _("Format"),
            [{"value": "1", "label": _("Easy read"), "count": easy_count, "chosen": easy_read_param == "1"}]
            if easy_count
            else [],
        )
    )
    labels = {
        "resource_type": _("Resource type"),
        "audience": _("Who it is for"),
        "care_area": _("Care area"),
        "language": _("Language"),
    }
    for param, field_name in FACET_FIELDS.items():
        counts, terms = {}, {}
        for page in pages:
            for term in page_terms(page, field_name):
                value = term.code if param == "language" else term.slug
                counts[value] = counts.get(value, 0) + 1
                terms.setdefault(value, term)
        if param == "language":
            names = {value: str(term) for value, term in terms.items()}
        else:  # every option's name in the reader's language, in one query
            names = dict(zip(terms, (term.name for term in localize(terms.values())), strict=True))
        options = [
            {"value": value, "label": names[value], "count": count, "chosen": chosen.get(param) == value}
            for value, count in sorted(counts.items(), key=lambda item: (-item[1], names[item[0]]))
        ]
        facets.append(Facet(param, labels[param], options))
    return pages, facets


def log_query(query, result_count):
    """Count the query for today. Only the words and a daily tally are stored."""
    query = " ".join(words(query))[:MAX_QUERY_LENGTH]
    if not query:
        return
    today = timezone.localdate()
    row, _created = SearchQueryDay.objects.get_or_create(date=today, query=query)
    SearchQueryDay.objects.filter(pk=row.pk).update(
        searches=F("searches") + 1,
        searches_without_results=F("searches_without_results") + (0 if result_count else 1),
    )


def suggestions(query, locale, limit=8, user=None):
    """Pages whose titles start with the words typed so far (autocomplete), from any working backend."""
    queryset = readable(Page.objects.live().filter(locale=locale).type(*searchable_page_models()), user)
    for backend_name in dict.fromkeys(["default", *settings.WAGTAILSEARCH_BACKENDS]):
        if backend_name == "default" and database_backend_name() not in (None, "default") and server_resting():
            continue  # the search server failed a moment ago: the database answers
        try:
            return list(search_backend(backend_name).autocomplete(query, queryset)[:limit])
        except Exception as error:  # noqa: BLE001 - suggestions are optional; try the next backend
            logger.warning("Suggestions from %s failed (%s).", backend_name, error)
    return []
