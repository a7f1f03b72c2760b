"""Keeping the database's query planner informed.

SQLite plans a query from statistics that only ``ANALYZE`` collects; with none, it guesses, and at 10,000 services
it guessed badly for the pages' own queries (reading every English page through the locale index to find a few
dozen leaflets: 10 ms a request instead of a fraction of one). PostgreSQL's autovacuum analyses tables by itself, but
only some time after a bulk load. So whatever adds many rows at once (the demo loader, the services import, the
benchmark's generator) calls ``refresh_statistics`` when it is done: about 30 ms at 10,000 services.
"""

import logging

from django.db import DatabaseError, connections

logger = logging.getLogger(__name__)


def refresh_statistics(using="default"):
    """Run ANALYZE on the database (SQLite or PostgreSQL). A failure is logged, never raised: the statistics
    make queries faster but nothing depends on them."""
    connection = connections[using]
    if connection.vendor not in ("sqlite", "postgresql"):
        return
    try:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    except DatabaseError:
        logger.warning("Could not refresh the query planner's statistics.", exc_info=True)
