"""Language names Django does not ship (Somali, Gujarati) or names in English only (Punjabi)."""

import copy

EXTRA_LANG_INFO = {
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "gu": {"bidi": False, "code": "gu", "name": "Gujarati", "name_local": "ગુજરાતી"},
    "pa": {"bidi": False, "code": "pa", "name": "Punjabi", "name_local": "ਪੰਜਾਬੀ"},
}


def install_extra_lang_info():
    """Teach Django these languages so ``{% get_language_info %}`` and ``LocaleMiddleware`` know them."""
    from django.conf.locale import LANG_INFO

    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO[code] = {**LANG_INFO.get(code, {}), **info}


def language_names(code):
    """(English name, name in the language itself) for an ISO 639-1 code."""
    from django.conf.locale import LANG_INFO

    info = EXTRA_LANG_INFO.get(code) or LANG_INFO.get(code)
    if info is None:
        raise KeyError(f"Unknown language code {code!r}")
    return info["name"], info["name_local"]


def translations_by_key(queryset, originals, locale):
    """The versions in ``locale`` of ``originals`` (translatable objects), from ``queryset``, in one query:
    {translation_key: translated object}. What has no translation there is missing from the result."""
    keys = [original.translation_key for original in originals]
    return {item.translation_key: item for item in queryset.filter(locale=locale, translation_key__in=keys)}


# --- reading content in the reader's language ---------------------------------------------------------------


def locale_codes():
    """{locale pk: language code} for every locale (kept per process: carers_site.core.site_wide)."""
    from carers_site.core.site_wide import locale_codes as kept_locale_codes

    return kept_locale_codes()


def localize(objects, locale=None, translations=None):
    """Each translatable object (taxonomy term, snippet or page) in the reader's language, English where it has
    not been translated: one query per model for the whole list, never one per item.

    ``locale`` defaults to the language being shown. The result keeps the order of ``objects``. An item shown in
    another language than ``locale`` gets ``other_language`` (its language code), for the ``lang`` attribute its
    link or text needs (WCAG 3.1.2). Pages are only swapped for live, public translations.
    Always filter by the English terms (the ones pages link to) and localize what is shown, never the other way.
    ``translations`` ({model: {translation key: item in ``locale``}}) are translations already fetched with the items
    (search does): for those models they are used instead of a query.
    """
    from wagtail.models import Locale, Page

    objects = list(objects)
    if not objects:
        return objects
    locale = locale or Locale.get_active()
    # Items already looked up for this language (a list localized in the view, then shown through a template
    # filter) are not looked up again.
    elsewhere = [
        item for item in objects if item.locale_id != locale.pk and getattr(item, "_shown_for", None) != locale.pk
    ]
    if not elsewhere:
        return objects
    translated = {}
    by_model = {}
    for item in elsewhere:
        by_model.setdefault(type(item), []).append(item)
    for model, items in by_model.items():
        if translations is not None and model in translations:
            translated.update({(model, key): item for key, item in translations[model].items()})
            continue
        if is_vocabulary(model):  # every term in this language is kept per process: no query at all
            kept = vocabulary_in(model, locale)
            translated.update(
                {
                    (model, item.translation_key): kept[item.translation_key]
                    for item in items
                    if item.translation_key in kept
                }
            )
            continue
        queryset = model._default_manager.all()
        if issubclass(model, Page):  # a real, published, public translation; never an alias (English text)
            queryset = queryset.live().public().filter(alias_of__isnull=True)
        elif any(f.name == "live" for f in model._meta.get_fields()):
            queryset = queryset.filter(live=True)  # a snippet with drafts: its published translation only
        translated.update({(model, key): item for key, item in translations_by_key(queryset, items, locale).items()})
    codes = None
    shown = []
    for item in objects:
        if item.locale_id != locale.pk:
            found = translated.get((type(item), item.translation_key))
            if found is not None:
                item = found
            elif getattr(item, "_shown_for", None) != locale.pk:
                codes = codes or locale_codes()
                item = copy.copy(item)  # marked for this language only: the item may be kept for every request
                item.other_language = codes.get(item.locale_id)
                item._shown_for = locale.pk
        shown.append(item)
    return shown


def is_vocabulary(model):
    """Taxonomy terms (audiences, areas...): few rows, changed rarely, shown on most pages."""
    from carers_site.core.taxonomy import Area, Term

    return issubclass(model, (Term, Area))


def kept_terms(model):
    """{pk: term} for every row of a taxonomy model (terms, areas, languages spoken), in every language and in the
    model's order, kept per process (carers_site.core.site_wide: saving or deleting a row renews it). Shared between
    requests: read them, never change them (localize marks copies)."""
    from carers_site.core.site_wide import remembered

    return remembered(f"terms:{model._meta.label}", lambda: {term.pk: term for term in model._default_manager.all()})


def linked_terms(pages, field_names):
    """{(page pk, field name): [terms]} for the taxonomy fields ``field_names`` of each page (many-to-many or foreign
    key fields; those a page type lacks are left out), each list in the term model's order. The terms are the ones
    kept per process (kept_terms); the links between pages and terms come from one query for every page type and
    field together (a UNION), where prefetch_related would send one per type and field."""
    from django.core.exceptions import FieldDoesNotExist
    from django.db.models import Value

    links, fields, found = [], {}, {}
    for model in {type(page) for page in pages}:
        ids = [page.pk for page in pages if type(page) is model]
        for name in field_names:
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            fields[model, name] = field
            if field.many_to_many:
                own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
                rows = field.remote_field.through.objects.filter(**{f"{own}__in": ids}).order_by()
                links.append(rows.annotate(field=Value(name)).values_list("field", own, other))
    linked = {}
    if links:
        for name, page_id, term_id in links[0].union(*links[1:], all=True):
            linked.setdefault((page_id, name), []).append(term_id)
    kept, positions = {}, {}  # {term model: {pk: term}}, {term model: {pk: place in the model's order}}
    for field in fields.values():
        if field.related_model not in kept:
            kept[field.related_model] = terms = kept_terms(field.related_model)
            positions[field.related_model] = {pk: place for place, pk in enumerate(terms)}
    for page in pages:
        for (model, name), field in fields.items():
            if type(page) is model:
                terms, places = kept[field.related_model], positions[field.related_model]
                ids = linked.get((page.pk, name), []) if field.many_to_many else [getattr(page, field.attname)]
                found[page.pk, name] = [terms[pk] for pk in sorted((pk for pk in ids if pk in terms), key=places.get)]
    return found


def vocabulary_in(model, locale):
    """{translation key: term} for every term of a taxonomy in one language (from kept_terms: no query)."""
    from carers_site.core.site_wide import remembered

    def build():
        return {term.translation_key: term for term in kept_terms(model).values() if term.locale_id == locale.pk}

    return remembered(f"vocabulary:{model._meta.label}:{locale.pk}", build)


def english_terms(model):
    """The English (default-language) terms of a taxonomy: the ones pages link to and filters match on."""
    from django.conf import settings

    return model._default_manager.filter(locale__language_code=settings.LANGUAGE_CODE)


def kept_english_terms(model):
    """english_terms(model) as a list in the model's order (from kept_terms: no query)."""
    from wagtail.models import Locale

    default = Locale.get_default()
    return [term for term in kept_terms(model).values() if term.locale_id == default.pk]


def english_term(model, slug):
    """The English term with this slug, or None (a filter's ``?audience=young-carers`` value)."""
    if not slug:
        return None
    return next((term for term in kept_english_terms(model) if term.slug == slug), None)


def term_choices(terms, chosen=None):
    """Options for a filter's select box or links: the English ``terms`` (their slugs are the values the filter
    matches on) labelled in the reader's language, in alphabetical order of the label.

    Each option: {"value": English slug, "label": name, "lang": code when shown in another language, "selected"}.
    ``chosen`` is the chosen English term (or None), so the box keeps what the visitor chose.
    """
    terms = list(terms)
    shown = localize(terms)
    options = [
        {
            "value": term.slug,
            "label": label.name,
            "lang": getattr(label, "other_language", ""),
            "selected": chosen is not None and term.pk == chosen.pk,
        }
        for term, label in zip(terms, shown, strict=True)
    ]
    return sorted(options, key=lambda option: option["label"].casefold())


def page_translations(request, page):
    """The page's live versions in every language, itself included, in tree order: one query, kept for the request
    (the language switcher, the draft notice and "Related advice" all ask). Without a request, asked each time."""
    if request is None:
        return list(page.get_translations(inclusive=True).live())
    kept = request.__dict__.setdefault("_page_translations", {})
    if page.pk not in kept:
        kept[page.pk] = list(page.get_translations(inclusive=True).live())
    return kept[page.pk]


def content_languages():
    """The language codes the site has content in: those with a live home page (kept per process: a home page's
    publishing renews it). Search, forms and listing pages are offered in these; a language with no pages yet is not
    offered at all."""
    from django.apps import apps
    from wagtail.models import Locale

    HomePage = apps.get_model("carers_site", "HomePage")

    from carers_site.core.site_wide import remembered

    def build():
        homes = HomePage.objects.live().values("locale")
        return frozenset(Locale.objects.filter(pk__in=homes).values_list("language_code", flat=True))

    return set(remembered("content-languages", build))
