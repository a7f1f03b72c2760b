"""Admin for audio versions of pages: the "Audio versions" list, uploading recordings, and the audio state
shown in each page's header menu."""

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from carers_site.audio.drafts import make_audio_draft
from carers_site.audio.speech import check_recording, voice_for
from carers_site.core.form_safety import page_id_or_none
from carers_site.core.uploads import EMPTY_MESSAGE, check_recording_upload
from resources.audio_models import AudioVersion


class AudioVersionForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["page"]  # an audio version stays with its page; the status panel names it
        if "recording" in self.fields:
            self.fields["recording"].error_messages["empty"] = EMPTY_MESSAGE

    def clean_recording(self):
        """Checks a new upload by its content and size, and names it by what it really is."""
        recording = self.cleaned_data.get("recording")
        if isinstance(recording, UploadedFile):
            check_recording_upload(recording)  # empty, SVG or HTML: the same messages as other uploads
            kind, seconds = check_recording(recording)
            recording.name = f"recording.{kind}"
            self.instance.recording_seconds = seconds
        elif not recording:
            self.instance.recording_seconds = None
        return recording

    def save(self, commit=True):
        """Saves, and deletes the file of a recording that was replaced or cleared."""
        old = self.initial.get("recording")
        audio = super().save(commit=commit)
        if commit and old and old.name != audio.recording.name:
            old.storage.delete(old.name)
        return audio


def describe_state(audio):
    """The audio state of a page in a few words, for editors."""
    if audio is None:
        return _("no audio yet")
    if audio.recording:
        return _("recorded by a person")
    if audio.audio_file:
        return _("computer-read")
    return audio.get_draft_status_display().lower()


class AudioStatusPanel(HelpPanel):
    """What the page plays now, and how its computer-read draft is doing (read only)."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            audio = self.instance
            if not audio or not audio.pk:
                message = _("A computer-read draft is made for the page when you save, if its language has a voice.")
                self.content = format_html("<p>{}</p>", message)
                return
            page = audio.page
            page_link = format_html('<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[page.pk]), page)
            rows = [
                (_("Page"), page_link),
                (_("Language"), page.locale.get_display_name()),
                (_("The page plays"), audio.in_use),
                (_("Computer-read draft"), audio.get_draft_status_display()),
            ]
            if audio.draft_generated_at:
                rows.append((_("Draft made"), date_format(audio.draft_generated_at, "DATETIME_FORMAT")))
            if audio.draft:
                rows.append((_("Draft file"), format_html('<a href="{}">{}</a>', audio.draft.url, _("Listen"))))
            if audio.draft_error:
                rows.append((_("What went wrong"), audio.draft_error))
            if voice_for(page.locale.language_code) is None:
                rows.append((_("Note"), _("There is no computer voice for this language: upload a recording.")))
            self.content = format_html(
                "<dl>{}</dl>", format_html_join("", "<dt><strong>{}</strong></dt><dd>{}</dd>", rows)
            )


class AudioCreateView(generic.CreateView):
    def get_initial(self):
        """The page's own "Audio" button opens this form with ?page=ID, so the page is already chosen."""
        initial = super().get_initial()
        page_id = page_id_or_none(self.request.GET.get("page"))
        if page_id is not None:
            initial["page"] = page_id
        return initial

    def save_instance(self):
        audio = super().save_instance()
        page_id = audio.page_id
        transaction.on_commit(lambda: make_audio_draft.enqueue(page_id))
        return audio


class AudioIndexView(generic.IndexView):
    default_ordering = "page"  # the page tree's order

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page", "page__locale")


class AudioVersionViewSet(ModelViewSet):
    model = AudioVersion
    name = "audio_versions"
    url_prefix = "audio-versions"
    icon = "media"
    menu_label = gettext_lazy("Audio versions")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = AudioIndexView
    add_view_class = AudioCreateView
    copy_view_enabled = False
    inspect_view_enabled = False
    search_fields = ["page__title"]
    search_backend_name = None  # plain database search on the page title
    list_filter = ["draft_status"]
    list_display = [
        "page",
        Column("language", label=gettext_lazy("Language"), accessor=lambda audio: audio.page.locale.get_display_name()),
        Column("in_use", label=gettext_lazy("The page plays")),
        Column("draft_status", label=gettext_lazy("Computer-read draft"), accessor="get_draft_status_display"),
        DateColumn("draft_generated_at", label=gettext_lazy("Draft made"), sort_key="draft_generated_at"),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("page"),
            FieldPanel("recording"),
            AudioStatusPanel(heading=gettext_lazy("Audio on the page")),
        ],
        base_form_class=AudioVersionForm,
    )


audio_version_viewset = AudioVersionViewSet()


@hooks.register("register_admin_viewset")
def register_audio_versions():
    return audio_version_viewset


@hooks.register("register_page_header_buttons")
def audio_page_header_button(page, user, view_name, next_url=None):
    """ "Audio: computer-read" in the page's header menu, leading to its audio version."""
    if page.is_root() or not user.has_perm("resources.change_audioversion"):
        return
    audio = AudioVersion.objects.filter(page_id=page.pk).first()
    if audio is None:
        url = reverse(audio_version_viewset.get_url_name("add")) + f"?page={page.pk}"
    else:
        url = reverse(audio_version_viewset.get_url_name("edit"), args=[audio.pk])
    label = _("Audio: %(state)s") % {"state": describe_state(audio)}
    yield Button(label, url, icon_name="media", priority=75)

