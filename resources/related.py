"""What a guidance page or leaflet offers next, so that no page is a dead end: "Services that can help" and
"Related advice" (resources/related_help.html, on both page types).

Matching uses the page's English terms (pages link the English ones; a translation has the same): its audiences,
care areas and interventions (the kinds of help). A shared intervention counts 3, a care area 2 and an audience
1, so a service offering the help a page is about comes before one that only serves the same people.

Services that can help: live, public services (never drafts or private ones) that share a term with the page.

- With a postcode (``?postcode=`` on the request): only services that cover the reader's borough, or an area
  containing it (London, England, the UK). Those sharing the page's most specific kind of term come first,
  nearest first within them.
- Without a postcode: the best match first; at an equal match, services for the whole UK or a nation come
  before local ones, then by name.

Related advice: other live, public guidance pages and leaflets that share a term with the page, the best match
first; never the page itself or the pages below it (those are listed under "More on this").

Pins: the services and pages an editor chose on the page (``pinned_services``, ``pinned_pages``) come first, in
the editor's order; the automatic matches fill the places left, up to SERVICES_SHOWN and PAGES_SHOWN in all.
A pinned page or service that is not live and public is left out.

What is shown is in the reader's language where it has been translated, otherwise in English with ``lang`` set
(carers_site.core.languages.localize). The number of queries does not grow with the number of services or pages.

The automatic matches without a postcode depend only on what is published, so each page's ranking (the ids
chosen) is kept in the process (``kept_ranking``) until any page is published or unpublished, or anything
site-wide changes (privacy, terms, moves): carers_site.core.site_wide.remembered_until_published. Ranking
reads every service's terms: at 10,000 services, two thirds of the time a guidance page took.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, models
from django.db.models import Exists, ExpressionWrapper, F, Func, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Collate
from django.urls import translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from carers_site.core.languages import linked_terms, localize, page_translations, vocabulary_in
from carers_site.core.site_wide import remembered, remembered_until_published
from carers_site.core.taxonomy import Area
from directory.finder import FILTER_PARAMS, prepare_cards
from directory.geo import distance_km, locate
from directory.models import DirectoryIndexPage, ServicePage

#: How many services and pages are shown, pinned ones included (all pinned ones are shown, even if more).
SERVICES_SHOWN = 4
PAGES_SHOWN = 4
#: How much one shared term counts, by the field that holds it: the kind of help most, who it is for least.
WEIGHTS = {"interventions": 3, "care_areas": 2, "audiences": 1}
#: Services covering one of these kinds of area are for everyone, wherever they live.
WIDE_AREAS = (Area.Kind.COUNTRY, Area.Kind.NATION)
#: Find local help's filters, most specific first: (GET parameter, page field).
DIRECTORY_FILTERS = (("intervention", "interventions"), ("care_area", "care_areas"), ("audience", "audiences"))


class RelatedHelpMixin(models.Model):
    """Adds "Services that can help" and "Related advice" under the page, so it is never a dead end.

    They are chosen by related_help() below from the page's terms (its interventions most of all) and from what
    the editor pinned here: pinned services and pages come first, then automatic matches fill the places left.
    """

    interventions = ParentalManyToManyField(
        "carers_site.Intervention",
        blank=True,
        related_name="+",
        verbose_name=_("kinds of help"),
        help_text=_(
            "The kinds of help this page is about, such as carers' assessment or breaks. Services offering them "
            "are listed under the page."
        ),
    )
    pinned_services = StreamField(
        [("service", blocks.PageChooserBlock(page_type="directory.ServicePage", label=_("service"), icon="site"))],
        blank=True,
        use_json_field=True,
        verbose_name=_("services to show first"),
        help_text=_(
            "Optional. These services are listed first under “Services that can help”, in this order. The site "
            "then adds services that match this page's audiences, care areas and kinds of help, up to four in "
            "all, nearest first when the reader gives a postcode. Drafts and private services are never shown."
        ),
    )
    pinned_pages = StreamField(
        [
            (
                "page",
                blocks.PageChooserBlock(
                    page_type=["resources.GuidancePage", "resources.LeafletPage", "resources.SupportNetworkMapPage"],
                    label=_("page"),
                    icon="doc-full",
                ),
            )
        ],
        blank=True,
        use_json_field=True,
        verbose_name=_("related advice to show first"),
        help_text=_(
            "Optional. These pages are listed first under “Related advice”, in this order. The site then adds "
            "other guidance and leaflets that share this page's audiences, care areas and kinds of help, up to "
            "four in all. Drafts and private pages are never shown."
        ),
    )

    class Meta:
        abstract = True

    @staticmethod
    def related_help_panel():
        return MultiFieldPanel(
            [FieldPanel("pinned_services"), FieldPanel("pinned_pages")],
            heading=_("Services that can help and related advice"),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = related_help(self, request.GET.get("postcode", ""), request)
        return context


@dataclass
class RelatedHelp:
    services: list
    pages: list
    postcode: str = ""
    place: object = None  # directory.geo.Place when the postcode is one we know
    directory_url: str = ""  # Find local help, filtered like this page where that is clear
    audiences: list = field(default_factory=list)  # the page's audiences (English), for "Who this is for"

    @property
    def postcode_not_found(self):
        return bool(self.postcode) and self.place is None


def related_help(page, postcode="", request=None):
    """Services that can help and related advice for ``page`` (a GuidancePage or LeafletPage)."""
    postcode = " ".join((postcode or "").split())[:10]
    place = locate(postcode) if postcode else None
    english = Locale.get_default()
    private = Page.objects.all().private_q()  # pages in private sections, looked up once for every query here
    # The page's terms change only when it is published (kept like the rankings below).
    terms = remembered_until_published(f"related-help:terms:{page.pk}", lambda: page_terms(page, english))
    return RelatedHelp(
        services=related_services(page, terms, place, english, private),
        pages=related_pages(page, terms, english, private, request),
        postcode=postcode,
        place=place,
        directory_url=directory_url(terms, place, english, private, request),
        audiences=terms.get("audiences", []),
    )


def page_terms(page, english):
    """{field: the page's English terms in it} for each field in WEIGHTS the page has: one query for the three
    (carers_site.core.languages.linked_terms)."""
    terms = {}
    linked = linked_terms([page], WEIGHTS)
    for name in WEIGHTS:
        if (page.pk, name) not in linked:
            terms[name] = []
            continue
        found = linked[page.pk, name]
        others = [term for term in found if term.locale_id != english.pk]
        if others:  # not expected (pages link English terms), but then match on their English versions
            in_english = vocabulary_in(type(others[0]), english)
            found = [term for term in found if term.locale_id == english.pk]
            found += [in_english[term.translation_key] for term in others if term.translation_key in in_english]
        terms[name] = found
    return terms


def shared_count(model, name, terms):
    """How many of ``terms`` each row of ``model`` has in its many-to-many field ``name`` (a subquery)."""
    field = model._meta.get_field(name)
    own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
    # The row's own links, then those to ``terms``: "+ 0" keeps SQLite from probing the (row, term) index once per
    # term for every row (a guidance page asks this of every service: a third faster at 10,000 services).
    links = field.remote_field.through.objects.filter(**{own: OuterRef("pk")})
    links = links.annotate(term=F(f"{other}_id") + 0).filter(term__in=[t.pk for t in terms])
    # COUNT with no GROUP BY: one row, 0 when there is none.
    count = links.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Subquery(count, output_field=IntegerField())


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def matching(queryset, terms):
    """(rows of ``queryset`` sharing at least one term, annotated ``shared_<field>``; the fields compared)."""
    names = [name for name in WEIGHTS if terms.get(name) and has_field(queryset.model, name)]
    if not names:
        return queryset.none(), names
    queryset = queryset.annotate(
        **{f"shared_{name}": shared_count(queryset.model, name, terms[name]) for name in names}
    )
    shares_any = Q()
    for name in names:
        shares_any |= Q(**{f"shared_{name}__gt": 0})
    return queryset.filter(shares_any), names


def score(row, names):
    return sum(WEIGHTS[name] * row[f"shared_{name}"] for name in names)


def strength(row, names):
    """The weight of the most specific kind of term shared (3 for an intervention)."""
    return max((WEIGHTS[name] for name in names if row[f"shared_{name}"]), default=0)


def pinned_ids(stream):
    """The page ids chosen in a pinned_* StreamField, in order, read from its raw data (no query)."""
    ids = []
    for block in getattr(stream, "raw_data", None) or []:
        value = block.get("value")
        if isinstance(value, int) and value not in ids:
            ids.append(value)
    return ids


def in_order(objects, ids):
    by_pk = {item.pk: item for item in objects}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def area_links(**lookups):
    """Services' areas_served link rows (for Exists subqueries on ServicePage)."""
    return ServicePage.areas_served.through.objects.filter(servicepage=OuterRef("pk"), **lookups)


def kept_ranking(kind, page, pinned, build):
    """``build()`` (the ids of the automatic matches of ``kind`` for ``page`` besides the ``pinned`` pages or
    services), kept in this process until any page is published or unpublished
    (carers_site.core.site_wide.remembered_until_published)."""
    return remembered_until_published(f"related-help:{kind}:{page.pk}:{[item.pk for item in pinned]}", build)


def related_services(page, terms, place, english, private):
    """Pinned services, then the best-matching others: English services, shown as cards in the reader's language."""
    ids = pinned_ids(getattr(page, "pinned_services", None))
    pinned = in_order(ServicePage.objects.live().exclude(private).filter(pk__in=ids), ids) if ids else []
    wanted = SERVICES_SHOWN - len(pinned)
    origin = place.coordinates if place is not None else None
    chosen = []

    def candidates():
        found = ServicePage.objects.live().exclude(private).filter(locale=english)
        return matching(found.exclude(translation_key__in=[service.translation_key for service in pinned]), terms)

    if wanted > 0 and origin:  # nearest first within the strongest match: distances are worked out here, in Python
        found, names = candidates()
        found = found.filter(Exists(area_links(area__in=[area.pk for area in place.area.ancestors()])))
        rows = list(found.values("pk", "title", "latitude", "longitude", *[f"shared_{n}" for n in names]))
        for row in rows:
            known = row["latitude"] is not None and row["longitude"] is not None
            row["distance"] = distance_km(origin, (float(row["latitude"]), float(row["longitude"]))) if known else None
        best = [row["pk"] for row in sorted(rows, key=service_order(names))[:wanted]]
        chosen = in_order(ServicePage.objects.filter(pk__in=best), best)
    elif wanted > 0:  # the best match first: ranked and cut in the database, whatever the number of services

        def ranking():
            found, names = candidates()
            if not names:
                return []
            if place is not None:  # a postcode we know but cannot put on the map: still only its borough's help
                found = found.filter(Exists(area_links(area__in=[area.pk for area in place.area.ancestors()])))
            found = found.annotate(
                wide=Exists(area_links(area__kind__in=WIDE_AREAS)),
                match_score=sum_of(WEIGHTS[name] * F(f"shared_{name}") for name in names),
            )
            ranked = found.order_by("-match_score", "-wide", in_code_point_order("title"), "pk")
            return list(ranked.values_list("pk", flat=True)[:wanted])

        # Kept only without a postcode: the ranking then depends on nothing but what is published.
        best = ranking() if place is not None else kept_ranking("services", page, pinned, ranking)
        chosen = in_order(ServicePage.objects.filter(pk__in=best), best) if best else []
    services = pinned + chosen
    for service in services:  # for the card's "1.2 miles away"
        coordinates = service.coordinates
        service.distance_km = distance_km(origin, coordinates) if origin and coordinates else None
    return prepare_cards(services)


def sum_of(expressions):
    """The SQL sum of integer ``expressions`` (at least one)."""
    total = None
    for expression in expressions:
        total = expression if total is None else total + expression
    return ExpressionWrapper(total, output_field=IntegerField())


def in_code_point_order(name):
    """``name`` ordered as Python orders strings (by code point), not by the database's collation: byte order of
    UTF-8, which is the same. SQLite's default (BINARY) already is; PostgreSQL's "C" collation is."""
    if connection.vendor == "postgresql":
        return Collate(F(name), "C").asc()
    return F(name).asc()


def service_order(names):
    """The sort key for candidate rows with a distance (a postcode with a map point): see the module's docstring."""

    def by_distance(row):
        far = row["distance"]
        return (-strength(row, names), far is None, far or 0, -score(row, names), row["title"])

    return by_distance


def related_pages(page, terms, english, private, request=None):
    """Pinned pages, then other guidance pages and leaflets sharing the most terms, in the reader's language."""
    from resources.models import GuidancePage, LeafletPage

    ids = pinned_ids(getattr(page, "pinned_pages", None))
    pinned = in_order(Page.objects.live().exclude(private).filter(pk__in=ids).specific(), ids) if ids else []
    pinned = [item for item in pinned if item.translation_key != page.translation_key]
    wanted = PAGES_SHOWN - len(pinned)
    if wanted <= 0:
        return localize(pinned)
    if page.locale_id == english.pk:
        original = page
    else:  # the English page, from the versions the language switcher reads too
        found = [item for item in page_translations(request, page) if item.locale_id == english.pk]
        original = found[0] if found else page.get_translation_or_none(english)
    skip = {page.translation_key, *(item.translation_key for item in pinned)}

    def ranking():
        """[(model, pk)] of the best matches."""
        rows = []
        for model in (GuidancePage, LeafletPage):
            candidates = model.objects.live().exclude(private).filter(locale=english).exclude(translation_key__in=skip)
            if original is not None and original.path:
                candidates = candidates.exclude(path__startswith=original.path)  # the page and the pages below it
            candidates, names = matching(candidates, terms)
            for row in candidates.values("pk", "title", *[f"shared_{name}" for name in names]):
                rows.append((-score(row, names), row["title"], model, row["pk"]))
        rows.sort(key=lambda row: row[:2])
        return [(model, pk) for _score, _title, model, pk in rows[:wanted]]

    best = kept_ranking("pages", page, pinned, ranking)
    # The pages themselves, without their bodies (cards do not show them): one query per type listed.
    found = {}
    for model in {model for model, _pk in best}:
        ids = [pk for kind, pk in best if kind is model]
        found.update({item.pk: item for item in model.objects.filter(pk__in=ids).defer_streamfields()})
    return localize(pinned + [found[pk] for _model, pk in best if pk in found])


def directory_url(terms, place, english, private, request=None):
    """Find local help in the reader's language, with the reader's postcode, filtered like this page where one
    filter says it clearly: the page's only intervention, else its only care area, else its only audience (only
    filters Find local help has; directory/finder.py)."""
    # Kept per process (carers_site.core.site_wide): a section of the menu, whose publishing (or privacy) renews it.
    directory = remembered(
        "related:english-directory",
        lambda: DirectoryIndexPage.objects.live().exclude(private).filter(locale=english).first(),
    )
    if directory is None:
        return ""
    params = {"postcode": place.district} if place is not None else {}
    for param, name in DIRECTORY_FILTERS:
        if param in FILTER_PARAMS and len(terms.get(name, [])) == 1:
            params[param] = terms[name][0].slug
            break
    language = get_language()
    with override(settings.LANGUAGE_CODE):  # the English address only resolves with English active
        url = translate_url(directory.get_url(request), language)
    return f"{url}?{urlencode(params)}" if params else url


def pages_listing_related_help(page):
    """The ids of the guidance pages and leaflets (every language) that may list ``page``, a service, guidance page
    or leaflet, under "Services that can help" or "Related advice": those sharing a term with it. For the page
    cache, which purges them when ``page`` is published or unpublished (pages pinning it link to it, so the
    reference index finds those)."""
    from resources.models import GuidancePage, LeafletPage

    page = page.specific
    if not isinstance(page, (ServicePage, GuidancePage, LeafletPage)):
        return set()
    shares = Q()
    for name, terms in page_terms(page, Locale.get_default()).items():
        if terms:
            shares |= Q(**{f"{name}__in": terms})
    if not shares:
        return set()
    return {
        pk for model in (GuidancePage, LeafletPage) for pk in model.objects.filter(shares).values_list("pk", flat=True)
    }
