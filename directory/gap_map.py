"""The Carers Hub gap map: for each intervention (a spoke of the Hub) and borough, how many local services offer it.

Commissioners use it to see where help is missing. A service counts for a borough only if it names that
borough among the areas it serves ("local"). Services for a whole region, nation or the UK are counted in
a column of their own: a national helpline does not fill a local gap.

Only live, public English services and English terms are counted; a translated page shows the same
services with its terms' names in its own language where they have been translated.

Everything comes from a handful of queries: the two many-to-many tables (service to intervention, service
to area) are read once as pairs of ids, and each cell is the intersection of two sets of service ids. The
lists behind each count use the same sets, so a list always holds exactly the services its number counts.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django import forms
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.http import urlencode
from django.utils.text import get_text_list
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from carers_site.core.languages import localize
from carers_site.core.pagination import paginate
from carers_site.core.spreadsheets import csv_download
from carers_site.core.taxonomy import Area, Audience, CareArea, Intervention
from directory.models import ServicePage

LocalThrough = ServicePage.areas_served.through
InterventionThrough = ServicePage.interventions.through


# --- filters -----------------------------------------------------------------------------------------


class GapMapFilters(forms.Form):
    """Who the services are for and which care area: both optional, by the English term's slug."""

    audience = forms.ModelChoiceField(
        queryset=Audience.objects.none(),
        to_field_name="slug",
        required=False,
        error_messages={"invalid_choice": _("We do not know that group of people. Choose one from the list.")},
    )
    care_area = forms.ModelChoiceField(
        queryset=CareArea.objects.none(),
        to_field_name="slug",
        required=False,
        error_messages={"invalid_choice": _("We do not know that care area. Choose one from the list.")},
    )

    def __init__(self, data, locale, default):
        super().__init__(data)
        self.fields["audience"].queryset = Audience.objects.filter(locale=default)
        self.fields["care_area"].queryset = CareArea.objects.filter(locale=default)
        self.locale, self.default = locale, default
        self.is_valid()  # fills cleaned_data with the valid filters; a bad one is left out and shown as an error

    @property
    def chosen_audience(self):
        return self.cleaned_data.get("audience")

    @property
    def chosen_care_area(self):
        return self.cleaned_data.get("care_area")

    def query_string(self):
        """The valid filters as a query string (with its "?"), or "" when there are none, for every link."""
        params = {name: term.slug for name, term in self.cleaned_data.items() if term is not None}
        return f"?{urlencode(params)}" if params else ""

    def options(self, name):
        """(slug, name in the page's language, selected) for each term, for the select boxes."""
        terms = list(self.fields[name].queryset)
        names = display_names(terms, self.locale, self.default)
        chosen = self.cleaned_data.get(name)
        return [(term.slug, names[term.pk], chosen is not None and chosen.pk == term.pk) for term in terms]

    def described(self):
        """The chosen filters' names in the page's language, e.g. ["Young carers", "Dementia"]."""
        chosen = [term for term in (self.chosen_audience, self.chosen_care_area) if term is not None]
        names = display_names(chosen, self.locale, self.default)
        return [names[term.pk] for term in chosen]


def display_names(terms, locale, default):
    """{pk: name} for English terms, in ``locale`` where a translation exists, else in English (one query)."""
    terms = list(terms)
    return {term.pk: shown.name for term, shown in zip(terms, localize(terms, locale), strict=True)}


# --- counting ----------------------------------------------------------------------------------------


def counted_services(filters, default):
    """The services the gap map counts: live, public and English, narrowed by the filters."""
    services = ServicePage.objects.live().public().filter(locale=default)
    if filters is not None and filters.chosen_audience is not None:
        services = services.filter(audiences=filters.chosen_audience)
    if filters is not None and filters.chosen_care_area is not None:
        services = services.filter(care_areas=filters.chosen_care_area)
    return services


class Coverage:
    """Which counted services offer each intervention and serve each area, as sets of service ids."""

    def __init__(self, services, default, boroughs=None):
        ids = services.values("pk")
        self.by_intervention = defaultdict(set)
        for intervention_id, service_id in InterventionThrough.objects.filter(servicepage__in=ids).values_list(
            "intervention_id", "servicepage_id"
        ):
            self.by_intervention[intervention_id].add(service_id)
        self.by_area = defaultdict(set)
        for area_id, service_id in LocalThrough.objects.filter(servicepage__in=ids).values_list(
            "area_id", "servicepage_id"
        ):
            self.by_area[area_id].add(service_id)
        areas = list(Area.objects.filter(locale=default))
        #: The table's columns: the boroughs chosen on the gap map page (``boroughs``, English Area pks), else all.
        chosen = set(boroughs or ())
        self.boroughs = [a for a in areas if a.kind == Area.Kind.BOROUGH and (not chosen or a.pk in chosen)]
        by_pk = self.areas_by_pk = {area.pk: area for area in areas}
        wider = {}
        for borough in self.boroughs:
            parent = by_pk.get(borough.parent_id)
            while parent is not None and parent.pk not in wider:
                wider[parent.pk] = parent
                parent = by_pk.get(parent.parent_id)

        def depth(area):
            steps = 0
            while area.parent_id in by_pk and steps < len(by_pk):
                area, steps = by_pk[area.parent_id], steps + 1
            return steps

        #: The regions, nations and country that contain the boroughs, narrowest first (e.g. London, England, UK).
        self.wider_areas = sorted(wider.values(), key=lambda area: (-depth(area), area.name))
        self.local_ids = set().union(*(self.by_area[borough.pk] for borough in self.boroughs))
        self.wider_ids = set().union(*(self.by_area[area.pk] for area in self.wider_areas))
        self.offering_any = set().union(*self.by_intervention.values())

    def local(self, intervention, borough):
        return self.by_intervention[intervention.pk] & self.by_area[borough.pk]

    def serving(self, borough):
        """Services naming the borough or an area that contains it (its region, nation or the UK), as the
        directory's area filter finds them."""
        ids, area, seen = set(), borough, set()
        while area is not None and area.pk not in seen:
            seen.add(area.pk)
            ids |= self.by_area[area.pk]
            area = self.areas_by_pk.get(area.parent_id)
        return ids

    def any_borough(self, intervention):
        return self.by_intervention[intervention.pk] & self.local_ids

    def wider(self, intervention):
        return self.by_intervention[intervention.pk] & self.wider_ids

    def any_intervention(self, borough):
        return self.offering_any & self.by_area[borough.pk]


@dataclass
class Cell:
    count: int
    url: str = ""
    gap: bool = False
    where: str = ""  # the borough's name, for screen reader users following a link or meeting a gap


@dataclass
class Row:
    intervention: Intervention
    name: str
    cells: list  # one Cell per borough, in column order
    any_borough: Cell
    wider: Cell
    gaps: int


@dataclass
class GapMap:
    boroughs: list
    borough_names: list
    wider_areas: list
    wider_names: list
    rows: list = field(default_factory=list)
    #: Per borough: services there offering any intervention, and how many interventions it has no local service for.
    borough_totals: list = field(default_factory=list)
    borough_gaps: list = field(default_factory=list)
    local_total: Cell = None
    wider_total: int = 0

    @property
    def wider_list(self):
        return areas_list(self.wider_names)

    @property
    def gap_count(self):
        return sum(self.borough_gaps)

    @property
    def cell_count(self):
        return len(self.rows) * len(self.boroughs)

    def header(self):
        """The CSV's header row: the same columns as the page's table."""
        return [
            gettext("Intervention"),
            *self.borough_names,
            gettext("Any borough (local services)"),
            wider_heading(self.wider_names),
            gettext("Boroughs with no local service"),
        ]

    def csv_rows(self):
        """The table as rows of plain values: interventions, then the two totals rows."""
        for row in self.rows:
            yield [row.name, *(cell.count for cell in row.cells), row.any_borough.count, row.wider.count, row.gaps]
        yield [
            gettext("Services offering any intervention"),
            *(cell.count for cell in self.borough_totals),
            self.local_total.count,
            self.wider_total,
            "",
        ]
        yield [gettext("Interventions with no local service"), *self.borough_gaps, "", "", self.gap_count]


def wider_heading(wider_names):
    if not wider_names:
        return gettext("Across a wider area")
    return gettext("Across a wider area (%(areas)s)") % {"areas": areas_list(wider_names)}


def areas_list(names):
    """Names as people say them: "London, England or United Kingdom"."""
    return str(get_text_list(list(names), gettext("or")))


def build_gap_map(filters=None, locale=None, base_url="", default=None, boroughs=None):
    """The table for these filters, with names in ``locale`` and links under ``base_url`` (the page's URL)."""
    default = default or Locale.get_default()
    locale = locale or default
    coverage = Coverage(counted_services(filters, default), default, boroughs)
    boroughs = coverage.boroughs
    interventions = list(Intervention.objects.filter(locale=default))
    intervention_names = display_names(interventions, locale, default)
    area_names = display_names(boroughs + coverage.wider_areas, locale, default)
    query = filters.query_string() if filters is not None else ""
    table = GapMap(
        boroughs=boroughs,
        borough_names=[area_names[borough.pk] for borough in boroughs],
        wider_areas=coverage.wider_areas,
        wider_names=[area_names[area.pk] for area in coverage.wider_areas],
    )
    borough_gaps = [0] * len(boroughs)
    for intervention in interventions:
        cells = []
        for column, borough in enumerate(boroughs):
            count = len(coverage.local(intervention, borough))
            url = f"{base_url}services/{intervention.slug}/{borough.slug}/{query}" if count else ""
            cells.append(Cell(count, url, gap=not count, where=table.borough_names[column]))
            borough_gaps[column] += not count
        any_count = len(coverage.any_borough(intervention))
        wider_count = len(coverage.wider(intervention))
        table.rows.append(
            Row(
                intervention=intervention,
                name=intervention_names[intervention.pk],
                cells=cells,
                any_borough=Cell(any_count, f"{base_url}services/{intervention.slug}/{query}" if any_count else ""),
                wider=Cell(wider_count, f"{base_url}wider/{intervention.slug}/{query}" if wider_count else ""),
                gaps=sum(cell.gap for cell in cells),
            )
        )
    for borough in boroughs:
        count = len(coverage.any_intervention(borough))
        url = f"{base_url}borough/{borough.slug}/{query}" if count else ""
        table.borough_totals.append(Cell(count, url, where=area_names[borough.pk]))
    table.borough_gaps = borough_gaps
    table.local_total = Cell(len(coverage.offering_any & coverage.local_ids))
    table.wider_total = len(coverage.offering_any & coverage.wider_ids)
    return table


# --- views (routes on GapMapPage) --------------------------------------------------------------------


def english_term(model, slug, default):
    return get_object_or_404(model, slug=slug, locale=default)


def chosen_boroughs(page):
    """The boroughs the page maps (English pks; a translated page keeps its English page's choice), or []: all."""
    english = page.get_translation_or_none(Locale.get_default()) or page
    return [area.pk for area in english.boroughs.all()]


def gap_map_view(page, request):
    default = Locale.get_default()
    filters = GapMapFilters(request.GET, page.locale, default)
    table = build_gap_map(filters, page.locale, page.get_url(request), default, chosen_boroughs(page))
    return page.render(
        request,
        context_overrides={
            "filters": filters,
            "table": table,
            "filter_query": filters.query_string(),
            "audience_options": filters.options("audience"),
            "care_area_options": filters.options("care_area"),
            "chosen_filters": filters.described(),
        },
    )


def gap_map_csv(page, request):
    """The same table as a spreadsheet: UTF-8 with a byte order mark, which Excel needs to read it as UTF-8."""
    default = Locale.get_default()
    filters = GapMapFilters(request.GET, page.locale, default)
    table = build_gap_map(filters, page.locale, default=default, boroughs=chosen_boroughs(page))
    chosen = [term.slug for term in (filters.chosen_audience, filters.chosen_care_area) if term is not None]
    return csv_download("-".join(["carers-hub-gap-map", *chosen]), table.header(), table.csv_rows())


def services_view(page, request, intervention_slug=None, borough_slug=None, wider=False):
    """The services behind one number in the table: the same filters, the same sets of ids."""
    default = Locale.get_default()
    filters = GapMapFilters(request.GET, page.locale, default)
    coverage = Coverage(counted_services(filters, default), default, chosen_boroughs(page))
    intervention = english_term(Intervention, intervention_slug, default) if intervention_slug else None
    borough = english_term(Area, borough_slug, default) if borough_slug else None
    if borough is not None and borough.kind != Area.Kind.BOROUGH:
        raise Http404("Not a borough")
    names = display_names([term for term in (intervention, borough) if term is not None], page.locale, default)
    intervention_name = names.get(intervention.pk) if intervention else ""
    borough_name = names.get(borough.pk) if borough else ""
    wider_names = list(display_names(coverage.wider_areas, page.locale, default).values())
    if wider:
        ids = coverage.wider(intervention)
        heading = gettext("%(intervention)s across a wider area") % {"intervention": intervention_name}
        explanation = gettext(
            "Services for the whole of %(areas)s. They can help people in every borough, but they are not "
            "counted as local services, so they do not fill a gap."
        ) % {"areas": areas_list(wider_names) or gettext("a wider area")}
    elif intervention is not None and borough is not None:
        ids = coverage.local(intervention, borough)
        heading = gettext("%(intervention)s in %(borough)s") % {
            "intervention": intervention_name,
            "borough": borough_name,
        }
        explanation = gettext("Services that list %(borough)s among the places they serve.") % {"borough": borough_name}
    elif intervention is not None:
        ids = coverage.any_borough(intervention)
        heading = gettext("%(intervention)s in any borough") % {"intervention": intervention_name}
        explanation = gettext("Local services offering this in at least one of the boroughs in the table.")
    else:
        ids = coverage.any_intervention(borough)
        heading = gettext("Services in %(borough)s") % {"borough": borough_name}
        explanation = gettext(
            "Local services in %(borough)s that offer at least one of the interventions in the table."
        ) % {"borough": borough_name}
    services = ServicePage.objects.filter(pk__in=ids).select_related("organisation").order_by("title")
    page_obj = paginate(request, services)
    page_obj.object_list = localise_services(page_obj.object_list, page.locale, default)
    return page.render(
        request,
        template="directory/gap_map_services.html",
        context_overrides={
            "heading": heading,
            "explanation": explanation,
            "page_obj": page_obj,
            "service_count": len(ids),
            "filter_query": filters.query_string(),
            "chosen_filters": filters.described(),
            "gap_map_url": page.get_url(request) + filters.query_string(),
            "is_gap": not ids and not wider and intervention is not None and borough is not None,
        },
    )


def localise_services(services, locale, default):
    """Each service's title, summary and link in ``locale`` where a live translation exists, else in English."""
    services = list(services)
    for service, version in zip(services, localize(services, locale), strict=True):
        service.shown = version
        service.shown_in_english = version.locale_id != locale.pk
    return services
