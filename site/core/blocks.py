"""StreamField blocks shared by every page body, styled with NHS.UK frontend classes."""

from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from carers_site.core.phones import validate_phone_or_short_code

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        description = _("A section heading (shown as a level 2 heading).")
        preview_value = "How to get a carer's assessment"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph.html"
        description = _("Text with simple formatting and links.")
        preview_value = "<p>You can ask your council for a carer's assessment at any time.</p>"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    style = blocks.ChoiceBlock(choices=[("info", _("Information")), ("warning", _("Important"))], default="info")

    class Meta:
        icon = "info-circle"
        template = "components/blocks/callout.html"
        description = _("A highlighted box for something the reader must not miss.")
        preview_value = {"title": "Important", "text": "<p>Call 999 if someone is in danger.</p>", "style": "warning"}


class CrisisLinesBlock(blocks.StructBlock):
    """Lists the site's crisis lines, so a page never repeats numbers that could go out of date."""

    title = blocks.CharBlock(default=_("Who to call now"))

    class Meta:
        icon = "warning"
        template = "components/blocks/crisis_lines.html"
        description = _("The site's crisis phone numbers, kept up to date in one place.")
        preview_value = {"title": "Who to call now"}


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock()
    role = blocks.CharBlock(required=False)
    organisation = blocks.CharBlock(required=False)
    phone = blocks.CharBlock(required=False, validators=[validate_phone_or_short_code])
    email = blocks.EmailBlock(required=False)
    website = blocks.URLBlock(required=False)
    text = blocks.TextBlock(required=False, label=_("Notes"))

    class Meta:
        icon = "user"
        template = "components/blocks/contact.html"
        description = _("A person or team to contact, with their phone number and email.")
        preview_value = {"name": "Carers support team", "phone": "020 8554 0490"}

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("phone") or value.get("email") or value.get("website")):
            raise blocks.StructBlockValidationError(
                block_errors={"phone": ErrorList([_("Give at least a phone number, an email or a website.")])}
            )
        return value


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FAQItemBlock(), **kwargs)

    class Meta:
        icon = "help"
        template = "components/blocks/faq.html"
        description = _("Questions and answers that open when tapped.")


def language_choices():
    """The site's languages, read when the form is built so settings can change them."""
    from django.conf import settings

    return list(settings.LANGUAGES)


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text=_("Leave blank to use the document's title."))
    language = blocks.ChoiceBlock(choices=language_choices, default="en")

    class Meta:
        icon = "doc-full"
        template = "components/blocks/download.html"
        description = _("A file to download, such as a PDF leaflet.")


class ActionLinkBlock(blocks.StructBlock):
    text = blocks.CharBlock()
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False)

    class Meta:
        icon = "link"
        template = "components/blocks/action_link.html"
        description = _("A prominent link to the next step.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a web address, but not both.")
            raise blocks.StructBlockValidationError(block_errors={"url": ErrorList([message])})
        return value


class FigureBlock(blocks.StructBlock):
    """A picture with an optional caption. Wagtail's ImageBlock asks for alt text (or a "decorative" tick), and
    the template serves WebP and JPEG renditions in several widths, loaded lazily, so a phone fetches only a
    small file and only when the reader scrolls to it. The text around it must say the same: not every reader
    sees the picture, and some turn pictures off to save data."""

    image = ImageBlock(help_text=_("Describe what the picture shows for people who cannot see it."))
    caption = blocks.CharBlock(required=False, max_length=250, help_text=_("Shown under the picture."))

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        label = _("Image")
        description = _("A picture, such as a photo or drawing, with a short description for people who cannot see it.")


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    crisis_lines = CrisisLinesBlock()
    contact = ContactBlock()
    faq = FAQBlock()
    download = DownloadBlock()
    action_link = ActionLinkBlock()
    image = FigureBlock()
