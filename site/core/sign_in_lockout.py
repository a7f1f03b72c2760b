"""Sign-in lock-out (django-axes' ``AXES_HANDLER``): wrong passwords counted per username and per address.

django-axes counts failed sign-ins in ``AccessAttempt`` rows, one per username and address, and compares one
number with one limit. This handler counts two ways, each against its own limit:

- one username from one address: ``AXES_FAILURE_LIMIT`` (5) wrong passwords pause that username there;
- every username from one address: ``SIGN_IN_FAILURES_PER_ADDRESS`` (20) wrong passwords pause every sign-in from
  there, so trying a common password against many usernames (password spraying) soon stops. It is higher than the
  first, so a few people mistyping on one office network do not lock out their colleagues.

Both last ``AXES_COOLOFF_TIME`` (15 minutes) after the last wrong password. A successful sign-in clears only its own
username's count at that address: it must not wipe the address's count, or an attacker with one account could
clear it between rounds. ``manage.py axes_reset_ip ADDRESS`` unlocks an address.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def _total(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class SignInLockout(AxesDatabaseHandler):
    def failures_by_username_and_address(self, request, credentials=None):
        """Recent wrong passwords from this request's address: for the username being tried, and for any."""
        recent = AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address, attempt_time__gte=get_cool_off_threshold(request)
        )
        username = get_client_username(request, credentials)
        return _total(recent.filter(username=username)), _total(recent)

    def address_locked_out(self, request, credentials=None):
        """True when every sign-in from this address is paused, not only this username's."""
        return self.failures_by_username_and_address(request, credentials)[1] >= settings.SIGN_IN_FAILURES_PER_ADDRESS

    def get_failures(self, request, credentials=None) -> int:
        """The failures that django-axes compares with ``AXES_FAILURE_LIMIT``. The address's count is scaled to
        that limit (rounded down), so it reaches the limit exactly when it reaches ``SIGN_IN_FAILURES_PER_ADDRESS``."""
        by_username, by_address = self.failures_by_username_and_address(request, credentials)
        limit = settings.AXES_FAILURE_LIMIT
        return max(by_username, by_address * limit // settings.SIGN_IN_FAILURES_PER_ADDRESS)

    def reset_user_attempts(self, request, credentials=None) -> int:
        """After a successful sign-in: forget that username's wrong passwords at this address, and nothing else."""
        username = get_client_username(request, credentials)
        attempts = AccessAttempt.objects.filter(username=username, ip_address=request.axes_ip_address)
        deleted, _by_model = attempts.delete()
        return deleted
