"""UK phone numbers: validation for editors and ``tel:``/``sms:`` links for carers.

Numbers are stored as the editor typed them (``020 8554 0490``) so they read naturally, and checked
with Google's libphonenumber so a mistyped digit is caught before it is published.
"""

from functools import lru_cache

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from phonenumbers import shortnumberinfo


def _region():
    return getattr(settings, "PHONENUMBER_REGION", "GB")


def _digits(value):
    return "".join(ch for ch in value if ch.isdigit() or ch == "+")


def is_short_number(value):
    """Emergency and helpline short codes such as 999, 111 and 116 123."""
    try:
        parsed = phonenumbers.parse(value, _region())
    except phonenumbers.NumberParseException:
        return False
    return shortnumberinfo.is_valid_short_number_for_region(parsed, _region())


def validate_phone(value):
    """A full UK (or international, with +) number; short codes are refused here."""
    try:
        parsed = phonenumbers.parse(value, _region())
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValidationError(
            _("“%(value)s” is not a valid phone number. Enter a UK number such as 020 8554 0490."),
            code="invalid_phone",
            params={"value": value},
        )


def validate_phone_or_short_code(value):
    """A full number, or a short code such as 999, 111 or 116 123 (for crisis lines)."""
    if is_short_number(value):
        return
    try:
        validate_phone(value)
    except ValidationError:
        raise ValidationError(
            _(
                "“%(value)s” is not a valid phone number. Enter a UK number such as 020 8554 0490, "
                "or a short code such as 116 123."
            ),
            code="invalid_phone",
            params={"value": value},
        ) from None


def validate_text_number(value):
    """A number that takes text messages: a short code such as 85258, or a UK mobile number."""
    digits = _digits(value)
    if digits.isdigit() and 5 <= len(digits) <= 6:
        return
    try:
        parsed = phonenumbers.parse(value, _region())
        if phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE:
            return
    except phonenumbers.NumberParseException:
        pass
    raise ValidationError(
        _("“%(value)s” cannot take text messages. Enter a short code such as 85258 or a mobile number."),
        code="invalid_text_number",
        params={"value": value},
    )


def tel_uri(value):
    """``tel:`` target: E.164 for full numbers (works from abroad), bare digits for short codes."""
    if not value:
        return ""
    return _tel_uri(str(value), _region())


@lru_cache(maxsize=4096)
def _tel_uri(value, region):
    """tel_uri's answer, kept per process: parsing a number costs about as much as rendering a card, and the same
    numbers (crisis lines, services) are on every page."""
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return _digits(value)
    if shortnumberinfo.is_valid_short_number_for_region(parsed, region):
        return _digits(value)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
