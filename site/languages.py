"""Language names Django does not ship (Somali, Gujarati) or names in English only (Punjabi)."""

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
    """{locale pk: language code} for every locale (a handful of rows; one query)."""
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def localize(objects, locale=None):
    """Each translatable object (taxonomy term, snippet or page) in the reader's language, English where it has
    not been translated: one query per model for the whole list, never one per item.

    ``locale`` defaults to the language being shown. The result keeps the order of ``objects``. An item shown in
    another language than ``locale`` gets ``other_language`` (its language code), for the ``lang`` attribute its
    link or text needs (WCAG 3.1.2). Pages are only swapped for live, public translations.
    Always filter by the English terms (the ones pages link to) and localize what is shown, never the other way.
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
                item.other_language = codes.get(item.locale_id)
                item._shown_for = locale.pk
        shown.append(item)
    return shown


def english_terms(model):
    """The English (default-language) terms of a taxonomy: the ones pages link to and filters match on."""
    from django.conf import settings

    return model._default_manager.filter(locale__language_code=settings.LANGUAGE_CODE)


def english_term(model, slug):
    """The English term with this slug, or None (a filter's ``?audience=young-carers`` value)."""
    if not slug:
        return None
    return english_terms(model).filter(slug=slug).first()


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


def content_languages():
    """The language codes the site has content in: those with a live home page (one query). Search, forms and
    listing pages are offered in these; a language with no pages yet is not offered at all."""
    from wagtail.models import Locale

    from carers_site.models import HomePage

    homes = HomePage.objects.live().values("locale")
    return set(Locale.objects.filter(pk__in=homes).values_list("language_code", flat=True))
