"""Find local help: the directory's filters, the services they find, and what to try when nothing matches.

Filters are GET parameters so a search can be shared or bookmarked: ``postcode`` (or ``area``, a borough's
slug), ``audience`` (who it is for), ``intervention`` (the kind of help), ``language`` (a language spoken, by
code) and ``open_now=1``. Terms are always the English ones, which services link to; what is shown is in the
reader's language (``carers_site.core.languages``). An unknown value is reported and left out, never matched loosely.
"""

from dataclasses import dataclass, field, replace
from functools import cached_property

from django.db.models import Exists, F, OuterRef, Prefetch, prefetch_related_objects
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from carers_site.core.languages import (
    english_term,
    kept_english_terms,
    kept_terms,
    localize,
    term_choices,
)
from carers_site.core.site_wide import remembered_until_published
from carers_site.core.taxonomy import Area, Audience, Intervention, Language
from directory.geo import distance_km_sql, locate, sort_by_distance
from directory.models import ServicePage

FILTER_PARAMS = ("postcode", "area", "audience", "intervention", "language", "open_now")


@dataclass
class ServiceFilters:
    """What the visitor chose, looked up: the English terms, or None where a filter is not set or unknown."""

    postcode: str = ""
    place: object = None  # directory.geo.Place for a postcode we know
    area: Area | None = None
    audience: Audience | None = None
    intervention: Intervention | None = None
    language: Language | None = None
    open_now: bool = False
    unknown: list = field(default_factory=list)  # the names of filters whose value we did not recognise

    @classmethod
    def from_params(cls, params):
        filters = cls(
            postcode=" ".join(params.get("postcode", "").split())[:10], open_now=params.get("open_now") == "1"
        )
        if filters.postcode:
            filters.place = locate(filters.postcode)
        if filters.place is not None:
            filters.area = filters.place.area
        elif params.get("area"):
            filters.area = english_term(Area, params["area"])
            if filters.area is None:
                filters.unknown.append("area")
        if params.get("audience"):
            filters.audience = english_term(Audience, params["audience"])
            if filters.audience is None:
                filters.unknown.append("audience")
        if params.get("intervention"):
            filters.intervention = english_term(Intervention, params["intervention"])
            if filters.intervention is None:
                filters.unknown.append("intervention")
        if params.get("language"):
            filters.language = next(
                (item for item in kept_terms(Language).values() if item.code == params["language"]), None
            )
            if filters.language is None:
                filters.unknown.append("language")
        return filters

    def params(self, **changes):
        """The filters as GET parameters, with some changed (``None`` drops one)."""
        params = {
            "postcode": self.postcode if self.place is not None else "",
            "area": self.area.slug if self.area is not None and self.place is None else "",
            "audience": self.audience.slug if self.audience is not None else "",
            "intervention": self.intervention.slug if self.intervention is not None else "",
            "language": self.language.code if self.language is not None else "",
            "open_now": "1" if self.open_now else "",
        }
        params.update({name: value or "" for name, value in changes.items()})
        return {name: value for name, value in params.items() if value}

    def query_string(self, **changes):
        params = self.params(**changes)
        return f"?{urlencode(params)}" if params else "?"

    def is_set(self):
        return bool(self.params())

    def matching_key(self):
        """The filters that decide which services match, as a query string: a postcode counts as its area, so
        every postcode in a borough shares what is kept about the borough's matches (their number)."""
        return replace(self, postcode="", place=None).query_string()

    def services(self, base):
        """The services in ``base`` (a ServicePage queryset) that pass every filter: nearest first when the
        postcode has a map point, else by name. A list when open now (which needs Python), else a queryset.

        Nearest first is sorted by the database (geo.distance_km_sql, which sets ``distance_km``), so a page of
        it loads only that page's services; those with no map point come after the rest, by name."""
        services = base
        if self.area is not None:
            # A borough's services plus those covering its region, nation or the whole UK. "IN (the links' services)"
            # rather than a join: a join lists a service once per area matched, and DISTINCT over every column of
            # the pages cost more than the rest of the query (a third of the page at 10,000 services).
            links = base.model.areas_served.through.objects.filter(area__in=self.area.ancestors())
            services = services.filter(pk__in=links.values("servicepage_id"))
        if self.audience is not None:
            services = services.filter(audiences=self.audience)
        if self.intervention is not None:
            services = services.filter(interventions=self.intervention)
        if self.language is not None:
            services = services.filter(languages=self.language)
        services = services.order_by("title")
        origin = self.place.coordinates if self.place is not None else None
        if self.open_now:
            services = services.prefetch_related("opening_times")
            services = [service for service in services if service.open_status().is_open]
            return sort_by_distance(services, origin) if origin else services
        if origin:
            # The same order as sort_by_distance over the services by name; pk only decides between namesakes.
            services = services.annotate(distance_km=distance_km_sql(origin)).order_by(
                F("distance_km").asc(nulls_last=True), "title", "pk"
            )
        return services

    def described(self):
        """The chosen filters in words, in the reader's language: [(words, lang of a term still in English or "")],
        e.g. [("Young carers", ""), ("Redbridge", ""), ("Open now", "")]."""
        words = [(shown.name, getattr(shown, "other_language", "")) for _term, shown in self.chosen_terms_shown]
        if self.language is not None:
            words.append((str(self.language), ""))
        if self.open_now:
            words.append((_("Open now"), ""))
        return words

    @cached_property
    def chosen_terms_shown(self):
        """(English term, the term as shown) for the chosen kind of help, audience and area: one lookup, shared by
        described() and relaxations()."""
        chosen = [term for term in (self.intervention, self.audience, self.area) if term is not None]
        return list(zip(chosen, localize(chosen), strict=True))

    def relaxations(self, base):
        """When nothing matches: one link per filter set, each dropping just that filter, with how many services
        it would show. Only links that find something are offered."""
        # Keyed by the English term (what the filters hold); the name is the reader's language's.
        names = {(type(term), term.pk): shown.name for term, shown in self.chosen_terms_shown}
        options = []
        if self.open_now:
            options.append((_("Show services open at any time"), {"open_now": False}))
        if self.audience is not None:
            options.append(
                (
                    _("Show services for everyone, not just %(who)s") % {"who": names[Audience, self.audience.pk]},
                    {"audience": None},
                )
            )
        if self.intervention is not None:
            options.append(
                (
                    _("Show every kind of help, not just %(help)s")
                    % {"help": names[Intervention, self.intervention.pk]},
                    {"intervention": None},
                )
            )
        if self.language is not None:
            options.append((_("Show services in any language"), {"language": None}))
        if self.area is not None:
            options.append(
                (
                    _("Show services anywhere, not just %(area)s") % {"area": names[Area, self.area.pk]},
                    {"area": None, "place": None, "postcode": ""},
                )
            )
        found = []
        for label, changes in options:
            relaxed = replace(self, **changes)  # the same filters, looked up already, with one dropped
            services = relaxed.services(base)
            count = len(services) if isinstance(services, list) else services.count()
            if count:
                found.append({"label": label, "count": count, "query": relaxed.query_string()})
        return found

    def choices(self, base, kept_as=""):
        """Options for the filter boxes: boroughs, and the audiences, kinds of help and languages some listed
        service has (an option that can only find nothing is not offered). ``kept_as``: a name to keep the
        services' terms under until a page is published (offered_terms)."""
        offered = offered_terms(base, kept_as)
        languages = sorted(
            (language for language in kept_terms(Language).values() if language.pk in offered["languages"]),
            key=lambda language: language.english_name,
        )
        return {
            "areas": term_choices(
                [area for area in kept_english_terms(Area) if area.kind == Area.Kind.BOROUGH],
                self.area if self.place is None else None,
            ),
            "audiences": term_choices(
                [term for term in kept_english_terms(Audience) if term.pk in offered["audiences"]], self.audience
            ),
            "interventions": term_choices(
                [term for term in kept_english_terms(Intervention) if term.pk in offered["interventions"]],
                self.intervention,
            ),
            "languages": [
                {"value": language.code, "label": str(language), "lang": "", "selected": language == self.language}
                for language in languages
            ],
        }


def offered_terms(base, kept_as=""):
    """{field: the pks of the terms some service in ``base`` has} for audiences, interventions and languages.

    "Some service has it" is an EXISTS per term, which stops at the first service found, not "IN every service's
    terms", which read every service's links. The answer changes only when a page is published or unpublished, so
    with ``kept_as`` it is kept in the process until then (carers_site.core.site_wide.remembered_until_published).
    """

    def build():
        return {
            name: set(model.objects.filter(Exists(base.filter(**{name: OuterRef("pk")}))).values_list("pk", flat=True))
            for name, model in (("audiences", Audience), ("interventions", Intervention), ("languages", Language))
        }

    return remembered_until_published(kept_as, build) if kept_as else build()


def prepare_cards(services, translations=None):
    """Services shown as cards, in the reader's language (English where untranslated), with what a card shows
    fetched in bulk: ``card_phones``, ``card_opening_times`` and ``areas_shown`` (the areas served, in the reader's
    language).

    ``services`` are the English services the filters found (distances, if any, are kept); ``translations`` as for
    carers_site.core.languages.localize. The areas come from the link rows alone (one query), the areas themselves
    from those kept per process (kept_terms): a prefetch made a manager and a queryset per service and area."""
    originals = list(services)
    links = ServicePage.areas_served.through.objects.filter(servicepage__in=[service.pk for service in originals])
    served = {}
    for service_pk, area_pk in links.values_list("servicepage_id", "area_id"):
        served.setdefault(service_pk, []).append(area_pk)
    all_areas = kept_terms(Area)
    shown_areas = localize({all_areas[pk] for pks in served.values() for pk in pks if pk in all_areas})
    shown_areas = {area.translation_key: area for area in shown_areas}
    shown = localize(originals, translations=translations)
    # As plain lists (``card_phones``, ``card_opening_times``: the card's template and ServicePage.slots read them):
    # modelcluster makes a new manager class each time ``service.phones`` is read, and a prefetch reads it per service.
    prefetch_related_objects(
        shown, Prefetch("phones", to_attr="card_phones"), Prefetch("opening_times", to_attr="card_opening_times")
    )
    for original, service in zip(originals, shown, strict=True):
        service.distance_km = getattr(original, "distance_km", None)
        service.areas_shown = sorted(
            (shown_areas[all_areas[pk].translation_key] for pk in served.get(original.pk, ()) if pk in all_areas),
            key=lambda area: area.name,
        )
    return shown
