"""Relevance on the demo: carers' questions (search/relevance_judgements.csv) find the page they need near the top.

The measure is the benchmark's (site/dev/benchmark_relevance.py): the mean reciprocal rank of the expected page
over every judged question, through the site's own search function, on each backend.
"""

import io

import pytest
from django.core.management import call_command

from carers_site.dev.benchmark_relevance import load_judgements, measure, report

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

MINIMUM_MRR = 0.8


def test_judgement_set_names_real_demo_pages(demo):
    from wagtail.models import Page

    judgements = load_judgements()
    assert len(judgements) >= 40
    assert len({judgement.question.lower() for judgement in judgements}) == len(judgements), "a question twice"
    live = set(Page.objects.live().public().values_list("slug", flat=True))
    assert {judgement.expected for judgement in judgements} <= live


def test_carers_questions_find_the_page_they_need(demo, search_backend):
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    result = measure("default")
    assert result["mrr"] >= MINIMUM_MRR, report(result, label=search_backend)
