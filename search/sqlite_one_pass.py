"""The one-pass ranking of search/database_backend.py, for SQLite (imported only where SQLite is the database)."""

from django.db.models import IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class OnePassQueryCompiler(SQLiteSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if not self.order_by_relevance or self.fields or isinstance(query, (MatchAll, Not)):
            return super().search(config, start, stop, score_field)  # as Wagtail does (admin listings' field searches)
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config))
        ranked = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model),
                index_entry__object_id__in=self.queryset.values("pk"),
            )
            .annotate(
                score=self._build_rank_expression(self.get_search_vectors(), config),
                object_pk=Cast("index_entry__object_id", IntegerField()),
            )
            .order_by("score", "-object_pk")
            .values_list("object_pk", "score")
        )
        self.scores = dict(ranked[start:stop])  # {pk: score}, best first: OnePassSearchResults puts pages in order
        return self.queryset.filter(pk__in=self.scores)


class OnePassSearchResults(SQLiteSearchResults):
    def _do_search(self):
        pages = list(self.get_queryset())
        scores = getattr(self.query_compiler, "scores", None)
        if scores is None:  # not ranked by relevance: Wagtail's order
            return pages
        rank = {pk: place for place, pk in enumerate(scores)}
        pages.sort(key=lambda page: rank[page.pk])
        if self._score_field:
            for page in pages:
                setattr(page, self._score_field, scores[page.pk])
        return pages


class OnePassAutocompleteCompiler(OnePassQueryCompiler, SQLiteAutocompleteQueryCompiler):
    pass


class OnePassSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = OnePassQueryCompiler
    autocomplete_query_compiler_class = OnePassAutocompleteCompiler
    results_class = OnePassSearchResults
