"""Site search for carers: synonyms, spelling help, crisis intent, postcodes, facets and a safe fallback.

The search server (Elasticsearch, or OpenSearch, when SEARCH_URL is set) answers first, in one request per page of
results (ServerResults); if it is down or errors, the same query runs on Wagtail's database backend within the
request (search/database_backend.py), so a carer never sees an error page. Either way only the page of results shown
is loaded from the database (LazyPages), and the facets are counted without loading the other hits.
"""

import difflib
import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy, Or, PlainText

from carers_site.core.languages import english_term, kept_terms, linked_terms, localize
from carers_site.core.page_mixins import (
    AREA_FIELDS,
    SEARCH_TERM_FIELDS,
    ContentPage,
    EasyReadMixin,
    term_keyword,
    terms_of,
)
from carers_site.core.pagination import PAGE_SIZE
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
    return {word for word in vocab if len(word) >= 3 and word.isalpha()}  # not the numbers in names


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


#: GET parameter: the page field holding the terms (only on the page types that have it).
FACET_FIELDS = dict(zip(("resource_type", "audience", "care_area", "language"), SEARCH_TERM_FIELDS, strict=True))
#: Every GET parameter that narrows the results.
FILTER_PARAMS = ("type", "area", "easy_read", *FACET_FIELDS)
#: GET parameter: the taxonomy model whose terms it names (by term_keyword: a slug, or a language's code).
FACET_MODELS = {"resource_type": ResourceType, "audience": Audience, "care_area": CareArea, "language": Language}


def facet_term(param, value):
    """The term a facet's value names (the English one), from the terms kept per process: no query. None if unknown."""
    default = Locale.get_default().pk
    for term in kept_terms(FACET_MODELS[param]).values():
        if term_keyword(term) == value and getattr(term, "locale_id", default) == default:
            return term
    return None


#: The page fields that hold taxonomy terms, read for facets and area checks.
TERM_FIELDS = (*FACET_FIELDS.values(), "areas_served", "areas", "area")


def page_terms(page, field_name):
    """The taxonomy terms a page has in one field (empty if the page type has no such field)."""
    known = getattr(page, "found_terms", None)
    if known is not None:  # loaded with the page (with_facet_fields)
        return known.get(field_name, [])
    return terms_of(page, field_name)


def page_areas(page):
    return [area for name in AREA_FIELDS for area in page_terms(page, name)]


def serves(page, area):
    """Does this page cover the area? A national or regional page covers every borough inside it."""
    covered = page_areas(page)
    if not covered:
        return not hasattr(page_model(page), "areas_served")  # guidance is for everyone; services must say where
    wanted = set(area.ancestors())
    return any(a in wanted for a in covered)


def page_model(page):
    return page.specific_class if isinstance(page, Hit) else type(page)


def kind_of(page):
    return page_model(page).__name__


@dataclass
class Hit:
    """A page the database backend found, with what filters and facet counts read (hit_details), before the page
    is loaded: only the hits on the page of results shown are (LazyPages)."""

    pk: int
    translation_key: object
    locale_id: int
    specific_class: type
    title: str
    found_terms: dict = field(default_factory=dict)
    easy_read: bool = False


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
    """The named backend, kept between requests: its Elasticsearch client then remembers a node that failed and
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
    """Up to MAX_HITS hits, best first, as Hit rows: no page is loaded."""
    results = search_backend(backend_name).search(query, queryset)[:MAX_HITS]
    if not hasattr(results, "get_queryset"):  # nothing to search for (EmptySearchResults)
        return []
    rows = results.get_queryset().values_list("pk", "translation_key", "locale_id", "content_type_id", "title")
    ranked = getattr(results.query_compiler, "scores", None)  # search/sqlite_one_pass.py ranks outside the query
    if ranked is not None:
        place = {pk: number for number, pk in enumerate(ranked)}
        rows = sorted(rows, key=lambda row: place[row[0]])
    models = {}
    hits = []
    for pk, key, locale_id, content_type_id, title in rows:
        if content_type_id not in models:
            models[content_type_id] = ContentType.objects.get_for_id(content_type_id).model_class()
        if models[content_type_id] is not None:
            hits.append(Hit(pk, key, locale_id, models[content_type_id], title))
    return hits


def hit_details(hits):
    """Give each hit its facet terms and easy-read flag, from one query for them all (a UNION over the page types'
    term links, term keys and easy-read flags)."""
    from django.db.models import Value

    by_model = {}
    for hit in hits:
        by_model.setdefault(hit.specific_class, []).append(hit.pk)
    parts, related = [], {}
    for model, ids in by_model.items():
        if hasattr(model, "easy_read"):
            easy = model.objects.filter(pk__in=ids, easy_read=True).order_by()
            parts.append(easy.values_list(Value("easy_read"), "pk", "pk"))
        for name in TERM_FIELDS:
            try:
                model_field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            related[name] = model_field.related_model
            if model_field.many_to_many:
                own, other = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
                links = model_field.remote_field.through.objects.filter(**{f"{own}__in": ids}).order_by()
                parts.append(links.values_list(Value(name), own, other))
            else:
                rows = model.objects.filter(pk__in=ids, **{f"{model_field.attname}__isnull": False}).order_by()
                parts.append(rows.values_list(Value(name), "pk", model_field.attname))
    found = {}
    if parts:
        for name, pk, value in parts[0].union(*parts[1:], all=True):
            found.setdefault(pk, []).append((name, value))
    terms = {model: kept_terms(model) for model in set(related.values())}
    for hit in hits:
        hit.found_terms = {}
        for name, value in found.get(hit.pk, []):
            if name == "easy_read":
                hit.easy_read = True
            elif value in terms[related[name]]:
                hit.found_terms.setdefault(name, []).append(terms[related[name]][value])
    return hits


def backend_query(alternatives, operator, query_class=PlainText):
    """Any of the alternatives (the words as typed, with synonyms and spelling corrected)."""
    parts = [query_class(text, operator=operator) for text in alternatives]
    return parts[0] if len(parts) == 1 else Or(parts)


def stem(word):
    """A word without a possessive or plural ending, for comparing titles with queries: carer's, carers -> carer."""
    word = word.removesuffix("'s")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def title_words(text):
    """The words of a query that a title must hold to count as naming it (not the small words)."""
    return [word for word in words(text) if word not in STOP_WORDS]


def title_matches_first(hits, text):
    """Pages whose title holds every word of the query come first, in the backend's order; then the rest. The
    database backend favours short titles wherever the words match, so "young carers" found "Are you a carer?"
    before "Young carers: help if you look after someone at home"."""
    wanted = {stem(word) for word in title_words(text)}
    if not wanted:
        return hits
    return sorted(hits, key=lambda hit: not wanted <= {stem(word) for word in words(hit.title)})


def without_stop_words(text):
    kept = [word for word in text.split() if word.lower() not in STOP_WORDS]
    return " ".join(kept) or text


def search_with(queryset, alternatives, backend_name):
    """Pages matching all the words of an alternative; if none do, pages matching any word, best first."""
    hits = run_backend_search(queryset, backend_query(alternatives, "and"), backend_name)
    if not hits:
        loose = list(dict.fromkeys(without_stop_words(text) for text in alternatives))
        hits = run_backend_search(queryset, backend_query(loose, "or"), backend_name)
    return hits


#: When the search server last failed in this process (time.monotonic()), or None: for SEARCH_RETRY_SECONDS after
#: it, searches go straight to the database, so a server that is down or hangs costs one timeout, not one a search.
_server_failed_at = None


def server_resting():
    return _server_failed_at is not None and time.monotonic() - _server_failed_at < settings.SEARCH_RETRY_SECONDS


def database_backend_name():
    backends = settings.WAGTAILSEARCH_BACKENDS
    return next((name for name, conf in backends.items() if "database" in conf["BACKEND"]), None)


def database_hits(queryset, alternatives):
    """Up to MAX_HITS pages from the database backend, best first."""
    return search_with(queryset, alternatives, database_backend_name() or "default")


def search_on_server(base, alternatives, text, choices, locale, page, several):
    """ServerResults from the search server, or None when there is none, it failed a moment ago, or it fails now
    (then the database answers, and keeps doing so for SEARCH_RETRY_SECONDS before the server is tried again)."""
    global _server_failed_at
    fallback = database_backend_name()
    if fallback == "default" or (fallback is not None and server_resting()):
        return None
    try:
        found = ServerResults(search_backend("default"), base, alternatives, text, choices, locale, several)
        found.fetch((page - 1) * PAGE_SIZE, PAGE_SIZE)
    except Exception as error:  # noqa: BLE001 - any search-server failure must fall back, never 500
        if fallback is None:
            raise
        _server_failed_at = time.monotonic()
        logger.warning("Search server failed (%s); answering from the database backend.", error)
        return None
    _server_failed_at = None
    return found


class LazyPages:
    """Hits as a sequence the paginator counts and slices: only the slice shown is loaded, as its specific page
    types, with the versions in the reader's language (``translations``, {model: {translation key: page}})."""

    def __init__(self, hits, locale):
        self.hits, self.locale, self.total = hits, locale, len(hits)
        self.translations = {}
        self.loaded = {}  # {(start, stop): [pages]}

    def load(self, hits):
        loaded, translations = load_specific(hits, self.locale)
        for model, found in translations.items():
            self.translations.setdefault(model, {}).update(found)
        return loaded

    def load_slice(self, start, stop):
        return self.load(self.hits[start:stop])

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(self.total)
        if (start, stop) not in self.loaded:
            self.loaded[start, stop] = self.load_slice(start, stop)
        return self.loaded[start, stop]

    def __iter__(self):
        for start in range(0, self.total, 100):
            yield from self[start : start + 100]


class ServerResults(LazyPages):
    """Hits from a search server, as a sequence the paginator can count and slice, found with one request for a
    page: the page's hits (one version of each page: collapsed on the translation key), how many there are, and
    how many have each search keyword (facet counts, by aggregation). Only the page's hits are loaded from the
    database. Fuzzy matching, synonyms and the crisis check add no request; no match for all the words sends a
    second request for any of them (and a third, allowing for typos, if that finds nothing either)."""

    def __init__(self, backend, base, alternatives, text, choices, locale, several):
        from directory.models import ServicePage

        super().__init__([], locale)
        self.backend, self.several = backend, several
        self.alternatives, self.base = alternatives, base
        self.title_words = " ".join(title_words(text))
        # The column names of the fields in the server's index (every page type shares search_keywords).
        self.keywords_column = self.column(ServicePage, "search_keywords")
        self.key_column = self.column(Page, "translation_key")
        self.filters = [{"terms": {self.keywords_column: clause}} for clause in choices.keywords()]
        self.operator = "and"
        self.counts = {}

    def column(self, model, field_name):
        """The name a model's search field has in the server's index."""
        mapping = self.backend.mapping_class(model)
        return mapping.get_field_column_name(next(f for f in model.search_fields if f.field_name == field_name))

    def request(self, start, size, operator):
        """One search request. All the words of an alternative must match ("and"); when none does, any word of one
        ("or"); when still nothing, any word allowing for typos ("fuzzy": Elasticsearch's fuzzy matching costs
        several times a plain query, and the spelling help has already added corrected alternatives for words the
        site knows, so it is the last resort)."""
        if operator == "and":
            query = backend_query(self.alternatives, "and")
        else:
            loose = list(dict.fromkeys(map(without_stop_words, self.alternatives)))
            query = backend_query(loose, "or", Fuzzy if operator == "fuzzy" else PlainText)
        results = self.backend.search(query, self.base)
        body = results._get_es_body()  # Wagtail's query for the words and the base queryset's filters
        # As title_matches_first does on the database: a page whose title holds every word of the query first.
        body["query"] = {
            "bool": {
                "must": body["query"],
                "filter": self.filters,
                "should": [{"match": {"title": {"query": self.title_words, "operator": "and", "boost": 20}}}]
                if self.title_words
                else [],
            }
        }
        keywords = {"terms": {"field": self.keywords_column, "size": 5000, "exclude": "area:.*"}}
        if self.several:
            # Pages found both in English and in the reader's language: show and count each once. (Costs about
            # as much again as the search, so only when two languages are searched.)
            distinct = {"cardinality": {"field": self.key_column, "precision_threshold": 40000}}
            keywords["aggs"] = {"pages": distinct}
            body["collapse"] = {"field": self.key_column}
            body["aggs"] = {"pages": distinct, "keywords": keywords}
        else:
            body["aggs"] = {"keywords": keywords}
            body["track_total_hits"] = True
        index = self.backend.get_index_for_model(Page).name
        return results._backend_do_search(body, index=index, from_=start, size=size, _source=False, stored_fields="pk")

    def matched(self, response):
        if self.several:
            return response["aggregations"]["pages"]["value"]
        return response["hits"]["total"]["value"]

    def fetch(self, start, size):
        """Ask for hits start to start + size (the first call also gets the total and facet counts)."""
        for self.operator in ("and", "or", "fuzzy"):
            response = self.request(start, size, self.operator)
            if self.matched(response):
                break
        aggregations = response["aggregations"]
        self.total = self.matched(response)
        self.counts = {
            bucket["key"]: bucket["pages"]["value"] if self.several else bucket["doc_count"]
            for bucket in aggregations["keywords"]["buckets"]
        }
        pks = [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
        self.loaded[start, min(start + size, self.total)] = self.load_pks(pks)

    def load_pks(self, pks):
        pages = {page.pk: page for page in Page.objects.filter(pk__in=pks)}
        return self.load([pages[pk] for pk in pks if pk in pages])

    def load_slice(self, start, stop):
        try:
            response = self.request(start, stop - start, self.operator)
        except Exception as error:  # noqa: BLE001 - a further page of results; the first one worked
            logger.warning("Search server failed (%s) on a further page of results.", error)
            return []
        return self.load_pks([int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]])


def with_facet_fields(queryset):
    """The pages of ``queryset`` (a list), each with the terms facets and area checks read (see add_found_terms)."""
    pages = list(queryset)
    add_found_terms(pages)
    return pages


def add_found_terms(pages):
    """Give each page ``found_terms``, {field: its terms} for TERM_FIELDS, in one query for all of them
    (carers_site.core.languages.linked_terms)."""
    by_page = {page.pk: {} for page in pages}
    for (pk, name), terms in linked_terms(pages, TERM_FIELDS).items():
        by_page[pk][name] = terms
    for page in pages:
        page.found_terms = by_page[page.pk]


def load_specific(hits, locale):
    """(the hit pages as their specific types, in the order the search ranked them;
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
    return [loaded[hit.pk] for hit in hits if hit.pk in loaded], translations


def readable(queryset, user):
    """Public pages only, for anonymous visitors. A signed-in member of the Professionals group (or a
    superuser) also finds the pages private to that group, which they can read (site/privacy/access.py)."""
    if user is None or not user.is_authenticated:
        return queryset.public()
    return readable_by(queryset, user)


def search(raw_query, params, locale, crisis_words, user=None):
    """Everything the search page shows for a query and its filters (SearchOutcome). ``results`` is a sequence in
    the order to show: a list, a queryset or, from a search server, ServerResults, which loads a page of hits."""
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
    choices = Choices.read(params, area, outcome)

    models = searchable_page_models()
    # The reader's language and English: a page nobody has translated yet is still found (shown in English).
    locales = {locale.pk, Locale.get_default().pk}
    base = readable(Page.objects.live().filter(locale__in=locales).type(*models), user)
    if text:
        outcome.corrected = correct_spelling(text)
        alternatives = expand_synonyms(text)
        if outcome.corrected:
            alternatives += expand_synonyms(outcome.corrected)
        alternatives = list(dict.fromkeys(alternatives))
        found = search_on_server(
            base, alternatives, text, choices, locale, page_number(params), several=len(locales) > 1
        )
        if found is not None:
            outcome.results, outcome.translations = found, found.translations
            outcome.facets = build_facets(found.counts, choices)
            return outcome
        hits = title_matches_first(database_hits(base, alternatives), text)
        hits = [hit for hit in once_each(hit_details(hits)) if choices.keeps(hit)]
        outcome.results = LazyPages(hits, locale)
        outcome.translations = outcome.results.translations
        outcome.facets = build_facets(count_keywords(hits), choices)
        return outcome
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

        services = services_in_area(area, choices, user)
        # The borough's own services first, then those for its region, nation or the whole UK.
        own = ServicePage.areas_served.through.objects.filter(servicepage=OuterRef("pk"), area=area)
        outcome.results = services.annotate(own=Exists(own)).order_by("-own", "title")
        outcome.facets = build_facets(count_keywords_in(services), choices)
        return outcome
    else:
        pages = []

    pages = once_each([page for page in pages if choices.keeps(page)])
    outcome.facets = build_facets(count_keywords(pages), choices)
    outcome.results = pages
    return outcome


def page_number(params):
    try:
        return max(1, int(params.get("page", 1)))
    except (TypeError, ValueError):
        return 1


def services_in_area(area, choices, user):
    """The services serving ``area`` (or the wider areas around it) that pass the filters, as a queryset of English
    services (the page shows each in the reader's language): for a search that is only a postcode."""
    from directory.models import ServicePage

    services = readable(ServicePage.objects.live().filter(locale=Locale.get_default()), user)
    if choices.kind not in ("", "ServicePage") or (choices.easy_read and not hasattr(ServicePage, "easy_read")):
        return services.none()
    links = ServicePage.areas_served.through.objects.filter(area__in=area.ancestors())
    services = services.filter(pk__in=links.values("servicepage_id"))
    if choices.easy_read:
        services = services.filter(easy_read=True)
    for param, value in choices.terms.items():
        name = FACET_FIELDS[param]
        try:
            model_field = ServicePage._meta.get_field(name)
        except FieldDoesNotExist:
            return services.none()
        terms = [pk for pk, term in kept_terms(model_field.related_model).items() if term_keyword(term) == value]
        services = services.filter(pk__in=ServicePage.objects.filter(**{f"{name}__in": terms}).values("pk"))
    return services


def count_keywords_in(queryset):
    """{keyword: how many pages have it} for a queryset of one page type, counted by the database (count_keywords
    does the same for pages already loaded)."""
    model = queryset.model
    counts = {f"type:{model.__name__}": queryset.count()}
    if hasattr(model, "easy_read"):
        counts["easy_read:1"] = queryset.filter(easy_read=True).count()
    for name in SEARCH_TERM_FIELDS:
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        terms = kept_terms(model_field.related_model)
        if model_field.many_to_many:
            own, other = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
            rows = model_field.remote_field.through.objects.filter(**{f"{own}__in": queryset.values("pk")})
            grouped = rows.values_list(other).annotate(count=Count("pk")).order_by()
        else:
            grouped = queryset.values_list(model_field.attname).annotate(count=Count("pk")).order_by()
        for term_pk, count in grouped:
            if term_pk in terms:
                key = f"{name}:{term_keyword(terms[term_pk])}"
                counts[key] = counts.get(key, 0) + count
    return {key: count for key, count in counts.items() if count}


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


@dataclass
class Choices:
    """The filters a reader chose that name something real (others are listed in outcome.ignored_filters)."""

    kind: str = ""  # a page type's class name
    easy_read: bool = False
    terms: dict = field(default_factory=dict)  # {GET parameter: keyword}, e.g. {"audience": "young-carers"}
    area: Area | None = None

    @classmethod
    def read(cls, params, area, outcome):
        choices = cls(area=area)
        kind = params.get("type", "")
        if kind in {model.__name__ for model in searchable_page_models()}:
            choices.kind = kind
        elif kind:
            outcome.ignored_filters.append(_("type"))
        for param in FACET_FIELDS:
            value = params.get(param, "")
            if value and facet_term(param, value) is not None:
                choices.terms[param] = value
            elif value:
                outcome.ignored_filters.append(param)
        easy_read = params.get("easy_read", "")
        choices.easy_read = easy_read == "1"
        if easy_read and not choices.easy_read:
            outcome.ignored_filters.append(_("easy read"))
        return choices

    def keeps(self, page):
        """Does the page pass every filter? (On the database backend; a search server filters by search_keywords.)"""
        if self.kind and kind_of(page) != self.kind:
            return False
        if self.easy_read and not getattr(page, "easy_read", False):
            return False
        if self.area is not None and not serves(page, self.area):
            return False
        return all(
            any(term_keyword(term) == value for term in page_terms(page, FACET_FIELDS[param]))
            for param, value in self.terms.items()
        )

    def keywords(self):
        """The filters as search_keywords clauses: each inner list is "any of these"."""
        clauses = []
        if self.kind:
            clauses.append([f"type:{self.kind}"])
        if self.easy_read:
            clauses.append(["easy_read:1"])
        for param, value in self.terms.items():
            clauses.append([f"{FACET_FIELDS[param]}:{value}"])
        if self.area is not None:
            clauses.append(["area:*", *(f"area:{area.slug}" for area in self.area.ancestors())])
        return clauses


def count_keywords(pages):
    """{keyword: how many pages have it} for pages loaded from the database, as a search server's aggregation
    counts search_keywords."""
    counts = {}
    for page in pages:
        keywords = {f"type:{kind_of(page)}"}
        if getattr(page, "easy_read", False):
            keywords.add("easy_read:1")
        for name in SEARCH_TERM_FIELDS:
            keywords.update(f"{name}:{term_keyword(term)}" for term in page_terms(page, name))
        for keyword in keywords:
            counts[keyword] = counts.get(keyword, 0) + 1
    return counts


FACET_LABELS = {
    "resource_type": _("Resource type"),
    "audience": _("Who it is for"),
    "care_area": _("Care area"),
    "language": _("Language"),
}


def build_facets(counts, choices):
    """The search page's facets, each option with how many results have it, from {keyword: count}."""
    models = {model.__name__: model for model in searchable_page_models()}
    kinds = sorted((key[5:], count) for key, count in counts.items() if key.startswith("type:") and key[5:] in models)
    facets = [
        Facet(
            "type",
            _("Type"),
            [
                {
                    "value": name,
                    "label": models[name]._meta.verbose_name,
                    "count": count,
                    "chosen": name == choices.kind,
                }
                for name, count in kinds
            ],
        )
    ]
    easy_count = counts.get("easy_read:1", 0)
    facets.append(
        Facet(
            "easy_read",
            _("Format"),
            [{"value": "1", "label": _("Easy read"), "count": easy_count, "chosen": choices.easy_read}]
            if easy_count
            else [],
        )
    )
    for param, field_name in FACET_FIELDS.items():
        prefix = f"{field_name}:"
        terms = {}
        for key in counts:
            if key.startswith(prefix) and (term := facet_term(param, key[len(prefix) :])) is not None:
                terms[key[len(prefix) :]] = term
        if param == "language":
            names = {value: str(term) for value, term in terms.items()}
        else:  # every option's name in the reader's language, in one query
            names = dict(zip(terms, (term.name for term in localize(terms.values())), strict=True))
        options = [
            {
                "value": value,
                "label": names[value],
                "count": counts[prefix + value],
                "chosen": choices.terms.get(param) == value,
            }
            for value in sorted(terms, key=lambda value: (-counts[prefix + value], names[value]))
        ]
        facets.append(Facet(param, FACET_LABELS[param], options))
    return facets


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
