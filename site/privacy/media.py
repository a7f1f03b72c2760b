"""Uploaded files (``MEDIA_URL``, /media/...) served by the site, public ones only, in every setting.

Nothing else serves the media folder: not Django's static view, nor a proxy rule (README "Production"), so every file
is checked here first. A file is served only when it belongs to something the site shows:

- a document or an image (or one of its renditions), unless only private pages use it and this visitor may read none
  of them (``PageAccess.may_see_object``: Wagtail's reference index, and a resource's downloads), or it is a document
  in a private collection that this visitor has not been let into;
- a page's audio (a person's recording or the computer-read draft), or the PDF the site made of a leaflet, when the
  page is live and this visitor may read it;
- an admin user's avatar; and any of these to people who may use the admin, who see every page there anyway.

Anything else (a file no row names, a path outside the folder) is 404, and so is a private file for a visitor who
may not read it: a 404 says nothing about what the file is. Public files say ``Cache-Control: public`` for
``MEDIA_MAX_AGE`` seconds (a CDN or proxy may keep them that long; a page made private is refused here at once);
files of private pages are ``private, no-cache``. Byte ranges are answered, so audio players can seek.
"""

import mimetypes
import posixpath
import re

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from carers_site.core.privacy import PageAccess
from resources.audio_models import AudioVersion
from resources.pdf_models import LeafletPDF

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def clean_name(path):
    """The storage name for a path under MEDIA_URL, or None for anything that could leave the folder."""
    name = posixpath.normpath(path)
    if not path or "\x00" in path or "\\" in path or name != path or name.startswith(("/", "..")):
        return None
    return name


def may_open(request, name):
    """(whether this visitor may open the stored file ``name``, whether anyone may), or None when no document,
    image, rendition, audio version, made PDF or avatar has that name."""
    found = owner_check(name)
    if found is None:
        return None
    check, collection_restrictions = found
    public = not collection_restrictions and check(PageAccess(AnonymousUser()))
    if public or request.user.has_perm("wagtailadmin.access_admin"):  # editors see every page in the admin anyway
        return True, public
    in_collection = all(restriction.accept_request(request) for restriction in collection_restrictions)
    return in_collection and check(PageAccess.for_request(request)), False


def owner_check(name):
    """(a function of a visitor's ``PageAccess`` saying whether they may open the file, from what the file belongs
    to; the view restrictions of a document's collection, which Wagtail's document view checks too), or None if
    nothing has the file."""
    from resources.models import ResourceDownload

    document = get_document_model().objects.filter(file=name).first()
    if document is not None:
        downloads = set(ResourceDownload.objects.filter(document=document).values_list("page_id", flat=True))
        return (lambda access: access.may_see_object(document, downloads)), list(
            document.collection.get_view_restrictions()
        )
    image_model = get_image_model()
    image = image_model.objects.filter(file=name).first()
    if image is None:
        rendition = image_model.get_rendition_model().objects.filter(file=name).select_related("image").first()
        image = rendition.image if rendition is not None else None
    if image is not None:
        return (lambda access: access.may_see_object(image)), []
    audio = AudioVersion.objects.filter(Q(recording=name) | Q(draft=name)).select_related("page").first()
    if audio is not None:
        return (lambda access: audio.page.live and access.can_read(audio.page)), []
    made_pdf = LeafletPDF.objects.filter(file=name).select_related("page").first()
    if made_pdf is not None:
        return (lambda access: made_pdf.page.live and access.can_read(made_pdf.page)), []
    if name.startswith("avatar_images/"):
        return (lambda access: False), []  # for editors only
    return None


@require_safe
def serve_media(request, path):
    name = clean_name(path)
    answer = may_open(request, name) if name else None
    if answer is None or not answer[0]:
        raise Http404("No such file")
    public = answer[1]
    try:
        file = default_storage.open(name, "rb")
        size = default_storage.size(name)
    except (OSError, FileNotFoundError):
        raise Http404("No such file") from None
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = ranged(request, file, size, content_type)
    try:
        response["Last-Modified"] = http_date(default_storage.get_modified_time(name).timestamp())
    except (NotImplementedError, OSError):
        pass
    response["Accept-Ranges"] = "bytes"
    response["X-Content-Type-Options"] = "nosniff"
    if not content_type.startswith(("image/", "audio/")):
        # A document opens as a download, never as a page of this site.
        response["Content-Disposition"] = f'attachment; filename="{posixpath.basename(name)}"'
        response["Content-Security-Policy"] = "default-src 'none'"
    if public:
        response["Cache-Control"] = f"public, max-age={getattr(settings, 'MEDIA_MAX_AGE', 600)}"
    else:
        response["Cache-Control"] = "private, no-cache"
        patch_vary_headers(response, ["Cookie"])
    return response


def ranged(request, file, size, content_type):
    """The whole file, or the one byte range asked for (206), which audio players need to seek."""
    match = RANGE.match(request.headers.get("Range", "").strip())
    if not match or not any(match.groups()) or size == 0:
        return FileResponse(file, content_type=content_type)
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last) if last else size - 1, size - 1)
    else:
        start, end = max(size - int(last), 0), size - 1
    if start > end or start >= size:
        file.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    file.seek(start)
    data = file.read(end - start + 1)
    file.close()
    response = HttpResponse(data, status=206, content_type=content_type)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response
