"""Shared parts of the public forms that email editors (directory/problems.py, site/privacy/access.py).

Spam is kept out without JavaScript or a CAPTCHA: each form has a honeypot field people never see, and a
``RateLimit`` on how many times one client may send it. The limit is counted in Django's cache under a keyed
hash of the IP address; the address itself is never stored. Every free-text answer has a length limit
(``ANSWER_MAX_LENGTH`` unless the field sets its own), with a message that says so.
"""

import logging
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.core.validators import MaxLengthValidator
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy

from carers_site.core.security import client_ip_address

logger = logging.getLogger(__name__)

#: The honeypot field's name: a word that form-filling bots like to fill in.
HONEYPOT = "website"


def honeypot_field():
    """The honeypot: hidden from sight and from the keyboard (the template puts it in a visually hidden box).
    People leave it empty; bots fill it in."""
    return forms.CharField(
        label=gettext_lazy("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"class": "nhsuk-input", "tabindex": "-1", "autocomplete": "off"}),
    )


class RateLimit:
    """At most ``limit`` sends per ``window`` seconds from one client, counted per form (``name``).

    Each send adds one to a counter in the cache with ``cache.add`` and ``cache.incr``, which are atomic (on Redis,
    in the memory cache, and in the file cache through carers_site/core/file_cache.py), so posts that arrive
    together cannot all read the same old count and all get through: each gets a count of its own, and only those
    within the limit are allowed. The window slides a tenth at a time: there is a counter for each tenth of it
    (a minute, for ten minutes), and a send is counted until its tenth is a whole window old.

    It fails open: if the cache is down or raises, the send is allowed and the error logged, because losing what a
    visitor sent is worse than letting a few more through while the cache is broken.
    """

    parts = 10  # a window is counted in this many parts

    def __init__(self, name, limit, window):
        self.name, self.limit, self.window = name, limit, window

    def _key(self, request):
        # A keyed hash (HMAC with SECRET_KEY), so the cache never holds anything that reveals the address.
        # The visitor's address, also behind TRUSTED_PROXY_COUNT proxies (not the proxy's, shared by everyone).
        address = client_ip_address(request) or ""
        return f"{self.name}:" + salted_hmac(f"{self.name}.rate-limit", address).hexdigest()

    def _counters(self, request):
        """The key of the counter for now, and the keys of the earlier ones still in the window."""
        key, part = self._key(request), int(time.time() // (self.window / self.parts))
        return f"{key}:{part}", [f"{key}:{earlier}" for earlier in range(part - self.parts + 1, part)]

    @staticmethod
    def _total(keys):
        return sum(value for value in cache.get_many(keys).values() if isinstance(value, int))

    def exceeded(self, request) -> bool:
        """True when one more send from this client now would be over the limit. Only reads, so a view can
        refuse early, before checking the form; ``take`` is what counts a send and decides."""
        try:
            now, earlier = self._counters(request)
            return self._total([now, *earlier]) + 1 > self.limit
        except Exception:
            logger.exception("Could not read the %s sending limit: allowing the send", self.name)
            return False

    def take(self, request) -> bool:
        """Counts one send and says whether it is allowed: False (and not counted) when the limit is reached."""
        try:
            now, earlier = self._counters(request)
            allowed = self._add_one(now) + self._total(earlier) <= self.limit
        except Exception:
            logger.exception("Could not count a send for the %s sending limit: allowing it", self.name)
            return True
        if allowed:
            return True
        try:
            cache.decr(now)  # a refused send does not count against the next ones
        except Exception:
            logger.exception("Could not uncount a refused send for the %s sending limit", self.name)
        return False

    def _add_one(self, key):
        """Adds one to the counter ``key`` and returns its new value. The counter is kept a little longer than the
        window, the time it is counted for."""
        timeout = self.window + self.window / self.parts
        cache.add(key, 0, timeout)
        try:
            return cache.incr(key)
        except ValueError:  # it went (expired or culled) between the two calls: made again, once
            cache.add(key, 0, timeout)
            return cache.incr(key)


#: The longest free-text answer a visitor may send where the field sets no limit of its own (about 800 words).
ANSWER_MAX_LENGTH = 5000


def limit_answer_length(field, max_length=ANSWER_MAX_LENGTH):
    """Gives a text field (``forms.CharField`` or a kind of it, such as ``EmailField``) a length limit if it has
    none, and a message that says what to do. The form shows what the visitor wrote again, so they can shorten it."""
    if not isinstance(field, forms.CharField):
        return
    if field.max_length is None:
        field.max_length = max_length
        field.validators.append(MaxLengthValidator(max_length))
    field.error_messages["max_length"] = gettext_lazy(
        "Your answer must be %(limit_value)d characters or fewer. It has %(show_value)d."
    )


#: The largest id a page can have (Wagtail's Page.id is a 32-bit AutoField). A bigger number in an address or a
#: form names no page, and looking it up would overflow the database's integer type (a 500, not a 404).
MAX_PAGE_ID = 2**31 - 1


def page_id_or_none(value):
    """The page id in a form field or query string ("12"), or None for anything else: empty, signed, too big,
    or digits that ``str.isdigit`` accepts but ``int`` does not ("²") or that no one types in an id ("١٢")."""
    value = value or ""
    if not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if 0 < number <= MAX_PAGE_ID else None


def owner_or_shared_address(owner, setting_name):
    """The page owner's email address, or else the shared address in ``settings.<setting_name>`` ("" if none)."""
    return (owner.email if owner else "") or getattr(settings, setting_name, "")


def email_editors(owner, setting_name, about, subject, body, reply_to=None):
    """Email ``owner`` (the page's owner) or else the shared address in ``settings.<setting_name>``.

    Never raises: what the visitor sent is already saved, and a mail server problem must not lose their page.
    ``about`` names the thing in the log ("listing problem 12").
    """
    recipient = owner_or_shared_address(owner, setting_name)
    if not recipient:
        logger.warning("No one to email about %s: set %s", about, setting_name)
        return
    message = EmailMessage(subject, body, None, [recipient], reply_to=reply_to)
    try:
        message.send()
    except Exception:
        logger.exception("Could not email %s about %s", recipient, about)


def admin_url(path):
    """A full link to an admin page, for emails to editors."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


class PublicFormMixin:
    """For the public forms: the honeypot check, and each input pointed at its hint and error message
    (aria-describedby) with NHS.UK frontend's error style, so screen readers announce them."""

    described_fields = ()  # the inputs whose hint (id "<input id>-hint") the template shows

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT))

    def describe_fields(self):
        for name in self.described_fields:
            field, bound = self.fields[name], self[name]
            described_by = [f"{bound.id_for_label}-hint"] if field.help_text else []
            if bound.errors:
                described_by.append(f"{bound.id_for_label}-error")
                base = field.widget.attrs.get("class", "").split()[0]
                field.widget.attrs["class"] = f"{base} {base}--error"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
