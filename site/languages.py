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
