"""Find local help: the directory's filters, the services they find, and what to try when nothing matches.

Filters are GET parameters so a search can be shared or bookmarked: ``postcode`` (or ``area``, a borough's
slug), ``audience`` (who it is for), ``intervention`` (the kind of help), ``language`` (a language spoken, by
code) and ``open_now=1``. Terms are always the English ones, which services link to; what is shown is in the
reader's language (``carers_site.core.languages``). An unknown value is reported and left out, never matched loosely.
"""

from dataclasses import dataclass, field, replace
from functools import cached_property

from django.db.models import Exists, OuterRef, prefetch_related_objects
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from carers_site.core.languages import (
    english_term,
    english_terms,
    kept_english_terms,
    kept_terms,
    localize,
    term_choices,
)
from carers_site.core.taxonomy import Area, Audience, Intervention, Language
from directory.geo import locate, sort_by_distance

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

    def services(self, base):
        """The services in ``base`` (a ServicePage queryset) that pass every filter: nearest first when the
        postcode has a map point, else by name. A list when open now or distance needs Python, else a queryset."""
        services = base
        if self.area is not None:
            # A borough's services plus those covering its region, nation or the whole UK.
            services = services.filter(areas_served__in=self.area.ancestors()).distinct()
        if self.audience is not None:
            services = services.filter(audiences=self.audience)
        if self.intervention is not None:
            services = services.filter(interventions=self.intervention)
        if self.language is not None:
            services = services.filter(languages=self.language)
        services = services.order_by("title")
        if self.open_now or self.place is not None:
            services = list(services.prefetch_related("opening_times"))
            if self.open_now:
                services = [service for service in services if service.open_status().is_open]
            if self.place is not None and self.place.coordinates:
                services = sort_by_distance(services, self.place.coordinates)
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

    def choices(self, base):
        """Options for the filter boxes: boroughs, audiences and the languages the listed services speak."""
        # "Some listed service has it" as EXISTS per term (stops at the first service found), not "IN every
        # listed service's terms", which read every service's links on every request.
        languages = Language.objects.filter(Exists(base.filter(languages=OuterRef("pk")))).order_by("english_name")
        return {
            "areas": term_choices(
                [area for area in kept_english_terms(Area) if area.kind == Area.Kind.BOROUGH],
                self.area if self.place is None else None,
            ),
            # Only what some listed service has: an option that can only find nothing is not offered.
            "audiences": term_choices(
                english_terms(Audience).filter(Exists(base.filter(audiences=OuterRef("pk")))), self.audience
            ),
            "interventions": term_choices(
                english_terms(Intervention).filter(Exists(base.filter(interventions=OuterRef("pk")))), self.intervention
            ),
            "languages": [
                {"value": language.code, "label": str(language), "lang": "", "selected": language == self.language}
                for language in languages
            ],
        }


def prepare_cards(services, translations=None):
    """Services shown as cards, in the reader's language (English where untranslated), with what a card shows
    fetched in bulk: phones, opening times, and ``areas_shown`` (the areas served, in the reader's language).

    ``services`` are the English services the filters found (distances, if any, are kept); ``translations`` as for
    carers_site.core.languages.localize."""
    originals = list(services)
    prefetch_related_objects(originals, "areas_served")
    shown = localize(originals, translations=translations)
    prefetch_related_objects(shown, "phones", "opening_times")
    areas = {area.translation_key: area for area in localize({a for s in originals for a in s.areas_served.all()})}
    for original, service in zip(originals, shown, strict=True):
        service.distance_km = getattr(original, "distance_km", None)
        service.areas_shown = sorted(
            (areas[area.translation_key] for area in original.areas_served.all()), key=lambda area: area.name
        )
    return shown
