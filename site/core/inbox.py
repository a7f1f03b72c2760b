"""Admin lists of what the public send in for editors to deal with: listing problems, access requests.

An ``InboxViewSet`` has no "Add" page (things only arrive from the public form), shows in the admin menu
how many are waiting, and records who dealt with each one and when: ticking its ``done_field`` (a
BooleanField) fills in ``<done_field>_at`` and ``<done_field>_by``, and unticking it clears both.
"""

from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet


class InboxIndexView(generic.IndexView):
    related = ()  # foreign keys the list shows, loaded in the same query

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.related)


class InboxEditView(generic.EditView):
    done_field = None

    def save_instance(self):
        item, field = self.form.instance, self.done_field
        if getattr(item, field) and getattr(item, f"{field}_at") is None:
            setattr(item, f"{field}_at", timezone.now())
            setattr(item, f"{field}_by", self.request.user)
        elif not getattr(item, field):
            setattr(item, f"{field}_at", None)
            setattr(item, f"{field}_by", None)
        return super().save_instance()


class InboxViewSet(ModelViewSet):
    done_field = None  # set by each inbox: the BooleanField ticked when it has been dealt with
    list_select_related = ()
    index_view_class = InboxIndexView
    edit_view_class = InboxEditView
    add_to_admin_menu = True
    copy_view_enabled = False

    def waiting_count(self):
        return self.model.objects.filter(**{self.done_field: False}).count()

    @cached_property
    def menu_item_class(self):
        """Wagtail's menu item for the model (shown to users with any permission on it), labelled
        "Listing problems (3)" while some are waiting."""
        viewset = self

        class WaitingCountMenuItem(super().menu_item_class):
            def render_component(self, request):
                component = super().render_component(request)
                count = viewset.waiting_count()
                if count:
                    component.label = f"{self.label} ({count})"
                return component

        return WaitingCountMenuItem

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(related=self.list_select_related, **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(done_field=self.done_field, **kwargs)

    def get_common_view_kwargs(self, **kwargs):
        return {**super().get_common_view_kwargs(**kwargs), "add_url_name": None}

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]
