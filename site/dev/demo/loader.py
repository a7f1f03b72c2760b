"""Build the demo site from site/dev/demo/content.py. Safe to run again: it only adds what is missing."""

import datetime
import io
import re
import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from carers_site.caching.page_cache import purges_deferred
from carers_site.core.database import refresh_statistics
from carers_site.core.languages import language_names
from carers_site.core.page_mixins import default_review_date
from carers_site.core.site_settings import SiteSettings
from carers_site.core.taxonomy import Area, Audience, CareArea, Intervention, Language, Outcome, ResourceType, Sector
from carers_site.dev.demo import content, translations
from carers_site.dev.demo.event_dates import event_times
from carers_site.dev.demo.pdf import build_pdf
from carers_site.dev.demo.pictures import PICTURES
from carers_site.events.models import EventIndexPage, EventPage
from carers_site.feedback.models import FeedbackFormField, FeedbackFormPage
from carers_site.home.models import HomePage
from carers_site.news.models import NewsIndexPage, NewsPage
from carers_site.ops.roles import ensure_editors_group, ensure_professionals_group
from directory.geo import DISTRICTS_FILE, load_districts
from directory.hours import parse_hours
from directory.models import (
    CrisisLine,
    DirectoryIndexPage,
    GapMapPage,
    OpeningTime,
    Organisation,
    ServicePage,
    ServicePhone,
)
from resources.models import (
    GuidancePage,
    LeafletIndexPage,
    LeafletPage,
    ResourceDownload,
    ResourceIndexPage,
    ResourcePage,
    SupportNetworkMapPage,
)
from search.models import Synonym

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "carers-demo-2026"  # noqa: S105 - documented demo login, only made with --with-admin
# A member of the Professionals group only (no admin access), to read the resources kept for staff.
DEMO_PROFESSIONAL_USERNAME = "professional"
DEMO_PROFESSIONAL_PASSWORD = "carers-staff-2026"  # noqa: S105 - documented demo login, only made with --with-admin
#: Demo logins for the two editorial roles (site/ops/roles.py), so moderation can be tried by hand.
DEMO_EDITORIAL_TEAM = [
    # username, group, password
    ("editor", "Editors", "carers-edit-2026"),
    ("moderator", "Moderators", "carers-approve-2026"),
]
CRISIS_SLUG = "what-to-do-in-a-crisis"


def demo_date(value):
    """A date written in site/dev/demo/content.py, moved on by the days since the content was written
    (``content.WRITTEN_ON``), so the demo is as fresh on the day it is loaded as it was then: a service checked
    six weeks ago, a review due in a few months, news from last month. None for no date."""
    if not value:
        return None
    return parse_date(value) + (timezone.localdate() - parse_date(content.WRITTEN_ON))


def demo_review_date(row):
    """The row's review date (moved on, see demo_date); a row with ``review_due_in_days`` instead gets a date
    that many days from today, so the review reminders and the dashboard always have a page due soon."""
    if "review_due_in_days" in row:
        return timezone.localdate() + datetime.timedelta(days=row["review_due_in_days"])
    return demo_date(row["review_date"])


def go_live_in(days, now=None):
    """9am local time, ``days`` days from now: when a scheduled demo news item goes live."""
    day = timezone.localdate(now) + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


def strip_tags(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


#: A link written ``<a href="page:advice/carers-assessment">`` in site/dev/demo/content.py: to the demo page at that
#: path below the home page.
PAGE_LINK = re.compile(r'href="page:([a-z0-9/-]*)"')


def internal_links(html, strict=False):
    """Links to demo pages (PAGE_LINK) as Wagtail page links: by id, so they follow a page that moves, and go to
    the reader's language where the page is translated. A link to a page not loaded yet is left as written, for
    Command.link_forward to make once everything is loaded; with ``strict=True`` it is an error."""

    def link(match):
        home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
        path = match[1].strip("/")
        page = Page.objects.filter(url_path=f"{home.url_path}{path}/", locale=home.locale_id).first() if home else None
        if page is not None:
            return f'linktype="page" id="{page.pk}"'
        if strict:
            raise ValueError(f"site/dev/demo/content.py links to page:{match[1]}, which the demo does not have")
        return match[0]

    return PAGE_LINK.sub(link, html)


def link_blocks(stream, strict=False):
    """internal_links in the text of StreamField raw data: paragraphs and callouts."""
    linked = []
    for block in stream:
        value = block["value"]
        if block["type"] == "paragraph":
            value = internal_links(value, strict)
        elif block["type"] == "callout":
            value = {**value, "text": internal_links(value["text"], strict)}
        linked.append({**block, "value": value})
    return linked


def to_stream(body, picture=None):
    """site/dev/demo/content.py bodies, (type, value) pairs, as StreamField raw data. ``picture(name, title, alt_text)``
    returns the Wagtail image an "image" block shows (Command.picture)."""
    stream = []
    for block_type, value in body:
        if block_type == "image":
            image = picture(value["picture"], value["title"], value["alt_text"])
            value = {
                "image": {"image": image.pk, "alt_text": value["alt_text"], "decorative": False},
                "caption": value.get("caption", ""),
            }
        elif block_type == "contact":
            value = {
                key: value.get(key, "") or ""
                for key in ("name", "role", "organisation", "phone", "email", "website", "text")
            }
        elif block_type == "faq":
            # List items in Wagtail's block format (with ids), the only one wagtail-localize extracts for translation.
            value = [{"type": "item", "value": item, "id": str(uuid.uuid4())} for item in value]
        stream.append({"type": block_type, "value": value})
    return link_blocks(stream)


def as_decimal(value):
    """Coordinates as Decimal: a float such as 51.5392 would not fit the 6-decimal-place field exactly."""
    return None if value is None else Decimal(str(value))


def paragraphs(texts):
    return internal_links("".join(text if text.lstrip().startswith("<") else f"<p>{text}</p>" for text in texts))


class Command(BaseCommand):
    help = "Load the demo content (taxonomies, directory, crisis lines, guidance, resources, news). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help=f"Also create the demo admin login ({DEMO_ADMIN_USERNAME}) if there is no superuser yet, and the "
            f"demo login for health and care staff ({DEMO_PROFESSIONAL_USERNAME}).",
        )
        parser.add_argument(
            "--languages",
            default="all",
            help="Which languages' drafts to load (site/dev/demo/translations/): comma-separated codes such as "
            "'cy,ur', 'all' (the default) or 'none', which loads in a third of the time.",
        )

    def handle(self, *args, with_admin=False, languages="all", **options):
        self.created = 0
        self.languages = self.chosen_languages(languages)
        steps = [
            ("taxonomies", self.load_taxonomies),
            ("areas and postcode districts", self.load_areas),
            ("languages", self.load_languages),
            ("organisations", self.load_organisations),
            ("crisis lines", self.load_crisis_lines),
            ("pages", self.load_pages),
            ("search synonyms", self.load_synonyms),
            ("site settings", self.load_settings),
            ("translations", self.load_translations),
            ("leaflet PDFs", self.make_leaflet_pdfs),
        ]
        # The page cache is purged once at the end, not at each of the hundreds of pages published.
        with purges_deferred(), transaction.atomic():
            self.locale = Locale.get_default()
            for number, (label, step) in enumerate(steps, start=1):
                before = self.created
                step()
                self.stdout.write(f"[{number}/{len(steps)}] {label}: {self.created - before} added")
        refresh_statistics()  # a new database's first statistics (carers_site.core.database)
        ensure_editors_group()  # editors publish in the news, events and directory sections made above
        if with_admin:
            self.ensure_admin()
            self.ensure_professional()
            self.ensure_editorial_team()
        total = Page.objects.live().count() - 1  # not the tree's root
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {total} live pages, {self.created} things added."))

    # --- helpers -------------------------------------------------------------------------------------

    def get_or_create(self, model, lookup, **defaults):
        obj, made = model.objects.get_or_create(**lookup, defaults=defaults)
        self.created += made
        return obj

    def terms(self, model, slugs):
        found = list(model.objects.filter(slug__in=slugs, locale=self.locale))
        missing = set(slugs) - {term.slug for term in found}
        if missing:
            raise ValueError(f"{model.__name__} has no term(s) {sorted(missing)}; check site/dev/demo/content.py")
        return found

    def child(self, parent, model, slug, **fields):
        """The live child page with this slug, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            return existing
        m2m = {
            name: fields.pop(name)
            for name in list(fields)
            if isinstance(fields[name], list) and name not in ("body", "pathways", "questions")
        }
        page = model(slug=slug, locale=self.locale, **fields)
        for name, value in m2m.items():
            setattr(page, name, value)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def document(self, title, filename, sections, footer="Demo copy made for the Carers Directory."):
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        doc = Document(title=title)
        doc.file.save(filename, ContentFile(build_pdf(title, sections, footer)), save=False)
        doc.save()
        self.created += 1
        return doc

    def picture(self, name, title, alt_text):
        """The demo image drawn by site/dev/demo/pictures.py, made the first time it is asked for."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        filename, draw = PICTURES[name]
        image = Image(title=title, description=alt_text, file=ImageFile(io.BytesIO(draw()), name=filename))
        image.save()
        self.created += 1
        return image

    # --- steps ---------------------------------------------------------------------------------------

    def load_taxonomies(self):
        for model, rows in [
            (Audience, content.AUDIENCES),
            (CareArea, content.CARE_AREAS),
            (ResourceType, content.RESOURCE_TYPES),
            (Outcome, content.OUTCOMES),
            (Sector, content.SECTORS),
            (Intervention, content.INTERVENTIONS),
        ]:
            for row in rows:
                extra = {"description": row["description"]} if "description" in row else {}
                self.get_or_create(model, {"slug": row["slug"], "locale": self.locale}, name=row["name"], **extra)

    def load_areas(self):
        for row in content.AREAS:  # parents come before children in the data
            parent = Area.objects.get(slug=row["parent"], locale=self.locale) if row["parent"] else None
            self.get_or_create(
                Area,
                {"slug": row["slug"], "locale": self.locale},
                name=row["name"],
                kind=row["kind"],
                parent=parent,
                latitude=as_decimal(row.get("latitude")),
                longitude=as_decimal(row.get("longitude")),
            )
        # Postcode districts, their boroughs and centres: the file we ship is the one source of them. Like the
        # rest of the demo, only missing ones are added (an editor may have moved a district since).
        created, _updated, problems = load_districts(DISTRICTS_FILE, update=False)
        self.created += created
        if problems:
            raise ValueError(f"The shipped postcode district file has problems: {problems}")

    def load_languages(self):
        codes = {code for code, _name in settings.LANGUAGES}
        for service in content.SERVICES:
            codes.update(service.get("languages", []))
        for code in sorted(codes):
            english, local = language_names(code)
            self.get_or_create(Language, {"code": code}, name=local, english_name=english)

    def load_organisations(self):
        self.organisations = {}
        for row in content.ORGANISATIONS:
            org = Organisation.objects.filter(name=row["name"]).first()
            if org is None:
                org = Organisation(
                    name=row["name"],
                    description=row.get("description", ""),
                    website=row.get("website", ""),
                    email=row.get("email", ""),
                    phone=row.get("phone", ""),
                )
                org.full_clean()
                org.save()
                self.created += 1
            self.organisations[row["slug"]] = org

    def load_crisis_lines(self):
        for row in content.CRISIS_LINES:
            existing = CrisisLine.objects.filter(name=row["name"], locale=self.locale).first()
            if existing is not None:
                self.update_crisis_line_kind(existing, row)
                continue
            line = CrisisLine(
                locale=self.locale,
                name=row["name"],
                kind=row["kind"],
                short_name=row.get("short_name", ""),
                description=row.get("description", ""),
                phone=row.get("phone", ""),
                text_number=row.get("text_number", ""),
                text_message=row.get("text_message", ""),
                open_24_7=row["hours"] == "24/7",
                hours="" if row["hours"] == "24/7" else row["hours_text"],
                sort_order=row["order"],
            )
            line.full_clean()
            line.save()
            line.areas.set(self.terms(Area, [a for a in row.get("areas", []) if a != "uk"]))
            line.audiences.set(self.terms(Audience, row.get("audiences", [])))
            line.save()
            self.created += 1

    def update_crisis_line_kind(self, line, row):
        """A line loaded before lines had a kind (or a short name) gets them, published as an editor would, so the
        "not urgent" ones leave the bar on a database made by an older load_demo. Nothing else is changed."""
        short_name = line.short_name or row.get("short_name", "")
        if line.kind == row["kind"] and line.short_name == short_name:
            return
        line.kind, line.short_name = row["kind"], short_name
        line.save_revision().publish()
        # The kind is the same in every language (a synchronised field): the translations follow at once.
        CrisisLine.objects.filter(translation_key=line.translation_key).exclude(pk=line.pk).update(kind=line.kind)

    def load_pages(self):
        home = self.load_home()
        guidance = self.load_guidance(home)
        self.load_support_network_map(guidance)
        self.load_directory(home)
        self.load_gap_map(home)
        self.load_resources(home)
        self.load_leaflets(home)
        self.load_news_and_events(home)
        self.load_feedback(home)
        easy_read = self.load_easy_read(home)
        self.load_pathways(home, guidance)
        self.link_forward([*guidance.values(), *easy_read])
        self.link_easy_read_versions(guidance, easy_read)

    def link_forward(self, pages):
        """Guidance links to pages loaded after it (Find local help, a later guidance page): once everything is
        loaded, a page with such links left to make gets them in a new published revision."""
        for page in pages:
            written = list(page.body.raw_data)
            linked = link_blocks(written, strict=True)
            if linked != written:
                page.body = linked
                page.save_revision().publish()

    def load_easy_read(self, home):
        """The easy read section (/easy-read/) and the easy read versions of the key advice pages under it
        (content.EASY_READ), each about the people its standard page is for. Returns {page: the GUIDANCE slug of
        its standard page}, the section first (None: it is the easy read of no page)."""
        row = content.EASY_READ
        standard = {page["slug"]: page for page in content.GUIDANCE}
        section = self.child(
            home,
            GuidancePage,
            row["slug"],
            title=row["title"],
            summary=row["summary"],
            body=to_stream(row["body"]),  # links to its pages, made below: see link_forward
            easy_read=True,
        )
        pages = {section: None}
        for page in row["pages"]:
            of = standard[page["easy_read_of"]]
            made = self.child(
                section,
                GuidancePage,
                page["slug"],
                title=page["title"],
                summary=page["summary"],
                body=to_stream(page["body"], picture=self.picture),
                easy_read=True,
                review_date=demo_review_date(page),
                audiences=self.terms(Audience, of.get("audiences", [])),
                care_areas=self.terms(CareArea, of.get("care_areas", [])),
                interventions=self.terms(Intervention, of.get("interventions", [])),
            )
            pages[made] = of["slug"]
        return pages

    def link_easy_read_versions(self, guidance, easy_read):
        """Each key advice page names its easy read version, in a new published revision, so the two link to each
        other under "Other formats and languages". A page that names one already (an editor's choice) keeps it."""
        for page, slug in easy_read.items():
            plain = guidance.get(slug)
            if plain is None or plain.easy_read_version_id is not None:
                continue
            plain.easy_read_version = page
            plain.save_revision().publish()
            self.created += 1

    def load_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            # Replace Wagtail's "Welcome" page that migrations create.
            for welcome in root.get_children().filter(locale=self.locale).exact_type(Page):
                welcome.slug = f"{welcome.slug}-old"
                welcome.save()
            home = HomePage(title=content.HOME["title"], slug="home", intro=content.HOME["intro"], locale=self.locale)
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
            site = Site.objects.filter(is_default_site=True).first() or Site(hostname="localhost", port=80)
            old_root = site.root_page_id
            site.root_page = home
            site.site_name = "Carers Directory"
            site.is_default_site = True
            site.save()
            Page.objects.filter(pk=old_root).exclude(pk=home.pk).exact_type(Page).delete()
        return home

    def load_guidance(self, home):
        pages = {}
        section = self.child(
            home,
            GuidancePage,
            "advice",
            title="Advice for carers",
            show_in_menus=True,
            summary="Plain answers to the questions carers ask most.",
            body=[
                {
                    "type": "paragraph",
                    "value": "<p>Start with the question closest to yours. "
                    "Each page tells you what to do next and who can help.</p>",
                }
            ],
        )
        for row in content.GUIDANCE:
            crisis = row["slug"] == CRISIS_SLUG
            parent, slug = (home, "crisis") if crisis else (section, row["slug"])
            pages[row["slug"]] = self.child(
                parent,
                GuidancePage,
                slug,
                title=row["title"],
                summary=row["summary"],
                body=to_stream(row["body"], picture=self.picture),  # links to later pages: see link_forward
                easy_read=row.get("easy_read", False),
                review_date=demo_review_date(row),
                show_in_menus=crisis,
                audiences=self.terms(Audience, row.get("audiences", [])),
                care_areas=self.terms(CareArea, row.get("care_areas", [])),
                interventions=self.terms(Intervention, row.get("interventions", [])),
            )
        return pages

    def load_support_network_map(self, guidance):
        row = content.SUPPORT_NETWORK_MAP
        self.child(
            guidance[row["parent"]],
            SupportNetworkMapPage,
            row["slug"],
            title=row["title"],
            summary=row["summary"],
            questions=[{"type": "question", "value": question} for question in row["questions"]],
            body=to_stream(row["body"]),
        )

    def load_directory(self, home):
        index = self.child(
            home,
            DirectoryIndexPage,
            "directory",
            title="Find local help",
            show_in_menus=True,
            summary="Services for carers near you. Enter your postcode or choose your borough to see what is local.",
        )
        for row in content.SERVICES:
            if index.get_children().filter(slug=row["slug"]).exists():
                continue
            address = row.get("address") or {}
            extra = content.SERVICE_HOURS_AND_PLACES.get(row["slug"], {})
            open_24_7, slots = parse_hours(extra.get("hours", ""))
            if row.get("opening_hours") == "24/7":
                open_24_7 = True
            latitude, longitude = extra.get("point") or (row.get("latitude"), row.get("longitude"))
            page = ServicePage(
                title=row["name"],
                slug=row["slug"],
                locale=self.locale,
                summary=row["summary"],
                reference=f"demo-{row['slug']}",
                organisation=self.organisations.get(row.get("organisation")),
                description=paragraphs(row.get("description", [])),
                email=row.get("email", ""),
                website=row.get("website", ""),
                address_line_1=address.get("line1", ""),
                address_line_2=address.get("line2", ""),
                town=address.get("town", ""),
                postcode=address.get("postcode", ""),
                latitude=as_decimal(latitude),
                longitude=as_decimal(longitude),
                open_24_7=open_24_7,
                closed_on_bank_holidays=extra.get("bank_holidays_closed", False),
                how_to_refer=row.get("how_to_refer", ""),
                cost=row.get("cost", ""),
                last_verified=demo_date(row.get("last_verified")),
                review_date=demo_date(row.get("review_date")) or default_review_date(),
            )
            page.phones = [ServicePhone(number=p["number"], label=p.get("label", "")) for p in row.get("phones", [])]
            page.opening_times = [
                OpeningTime(first_day=s.first_day, last_day=s.last_day, opens=s.opens, closes=s.closes) for s in slots
            ]
            page.areas_served = self.terms(Area, row.get("areas", []))
            page.audiences = self.terms(Audience, row.get("audiences", []))
            page.care_areas = self.terms(CareArea, row.get("care_areas", []))
            page.interventions = self.terms(Intervention, row.get("interventions", []))
            page.languages = list(Language.objects.filter(code__in=row.get("languages", [])))
            index.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1

    def load_gap_map(self, home):
        """The Carers Hub gap map for commissioners; its table is built from the services loaded above."""
        row = content.GAP_MAP
        boroughs = list(Area.objects.filter(slug__in=row["boroughs"], locale=self.locale))
        self.child(
            home,
            GapMapPage,
            row["slug"],
            title=row["title"],
            summary=row["summary"],
            intro=paragraphs(row["intro"]),
            boroughs=boroughs,
        )

    def load_resources(self, home):
        index = self.child(
            home,
            ResourceIndexPage,
            "resources",
            title="Resource library for professionals",
            show_in_menus=True,
            summary="Guidance, toolkits and good practice for staff who work with carers.",
        )
        for row in content.RESOURCES:
            if index.get_children().filter(slug=row["slug"]).exists():
                continue
            body = [{"type": "paragraph", "value": paragraphs(row["body"])}]
            body += [
                {
                    "type": "contact",
                    "value": {
                        key: c.get(key, "") or ""
                        for key in ("name", "role", "organisation", "phone", "email", "website", "text")
                    },
                }
                for c in row.get("contacts", [])
            ]
            page = ResourcePage(
                title=row["title"],
                slug=row["slug"],
                locale=self.locale,
                summary=row["summary"],
                body=body,
                resource_type=self.terms(ResourceType, [row["resource_type"]])[0],
                date_revised=demo_date(row.get("date_revised")),
            )
            for field, model in [
                ("care_areas", CareArea),
                ("outcomes", Outcome),
                ("sectors", Sector),
                ("audiences", Audience),
                ("areas", Area),
            ]:
                setattr(page, field, self.terms(model, row.get(field, [])))
            page.downloads = [
                ResourceDownload(
                    title=download["title"],
                    language=download["language"],
                    document=self.document(
                        download["title"],
                        download["filename"],
                        [("", row["summary"]), ("", strip_tags(paragraphs(row["body"])))],
                    ),
                )
                for download in row.get("downloads", [])
            ]
            index.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        self.make_private_to_professionals(index, content.PROFESSIONALS_ONLY_RESOURCES)

    def make_private_to_professionals(self, index, slugs):
        """Privacy "Private, accessible to users in specific groups: Professionals" on these resources.
        A resource that already has a privacy setting keeps it (an editor may have changed it)."""
        group = ensure_professionals_group()
        for page in index.get_children().filter(slug__in=slugs):
            if PageViewRestriction.objects.filter(page=page).exists():
                continue
            restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
            restriction.groups.set([group])
            self.created += 1

    def load_leaflets(self, home):
        index = self.child(
            home,
            LeafletIndexPage,
            "leaflets",
            title="Leaflets",
            show_in_menus=True,
            summary="Leaflets to read online, print or download.",
        )
        row = content.LEAFLET
        # No PDF is uploaded: the site makes one from the page, in each language, when it is published.
        self.child(
            index,
            LeafletPage,
            row["slug"],
            title=row["title"],
            summary=row["summary"],
            body=to_stream(row["body"]),
            review_date=demo_review_date(row),
            audiences=self.terms(Audience, row.get("audiences", [])),
            care_areas=self.terms(CareArea, row.get("care_areas", [])),
            interventions=self.terms(Intervention, row.get("interventions", [])),
        )

    def ensure_editorial_team(self):
        """Demo logins for an editor and a moderator. The editor owns the demo's pages with a review date
        (any page nobody owns yet), so the review reminders have someone to write to."""
        User = get_user_model()
        for username, group_name, password in DEMO_EDITORIAL_TEAM:
            if User.objects.filter(username=username).exists():
                self.stdout.write(f"The demo {username} login already exists; leaving it as it is.")
                continue
            user = User.objects.create_user(username, f"{username}@example.org", password)
            user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"Created the demo {username} login: username {username}, password {password}.")
        editor = User.objects.get(username=DEMO_EDITORIAL_TEAM[0][0])
        for model in (GuidancePage, LeafletPage, ServicePage):
            model.objects.filter(owner__isnull=True).update(owner=editor)

    def load_news_and_events(self, home):
        news = self.child(
            home,
            NewsIndexPage,
            "news",
            title="News",
            show_in_menus=True,
            summary="What is new for carers in north east and south east London.",
        )
        # Made before the news, which links to it.
        events = self.child(
            home,
            EventIndexPage,
            "events",
            title="Events and support groups",
            show_in_menus=True,
            summary="Support groups, drop-ins and events for carers.",
        )
        for row in content.NEWS:
            # A row with "publish_in_days" is scheduled, as editors do with "Go-live date": saved now, made live
            # by `publish_scheduled` once that day comes.
            go_live_at = go_live_in(row["publish_in_days"]) if row.get("publish_in_days") else None
            scheduled = {"live": False, "go_live_at": go_live_at} if go_live_at else {}
            self.child(
                news,
                NewsPage,
                row["slug"],
                title=row["title"],
                date=timezone.localdate(go_live_at) if go_live_at else demo_date(row["date"]),
                summary=row["summary"],
                body=[{"type": "paragraph", "value": paragraphs(row["body"])}],
                **scheduled,
            )
        now = timezone.now()
        for row in content.EVENTS:
            # Dated from today and unpublished by `publish_scheduled` once over (expire_at is the end).
            start, end = event_times(row, now)
            event = self.child(
                events,
                EventPage,
                row["slug"],
                title=row["title"],
                summary=row["summary"],
                start=start,
                end=end,
                expire_at=end,
                online=row.get("online", False),
                location=row.get("location", ""),
                area=self.terms(Area, [row["area"]])[0] if row.get("area") else None,
                cost=row.get("cost", ""),
                body=[{"type": "paragraph", "value": paragraphs(row["body"])}],
                booking_details=paragraphs([row["booking"]]) if row.get("booking") else "",
                audiences=self.terms(Audience, row.get("audiences", [])),
            )
            if event.end < now:  # a demo event from an earlier load that is over: move it to its next date
                event.start, event.end, event.expire_at = start, end, end
                event.save_revision().publish()

    def load_feedback(self, home):
        if home.get_children().filter(slug="feedback").exists():
            return
        page = FeedbackFormPage(
            title="Tell us what you think",
            slug="feedback",
            locale=self.locale,
            intro=internal_links(
                "<p>Your views help us make this site better for carers. You do not have to give your name.</p>"
                "<p>We cannot give advice through this form. If you need help, "
                '<a href="page:directory">find local help</a>, or see '
                '<a href="page:crisis">what to do in a crisis</a>.</p>'
            ),
            thank_you_text="<p>Thank you. We read every message. We cannot reply unless you give an email address.</p>",
        )
        page.form_fields = [
            FeedbackFormField(
                label="Did you find what you were looking for?",
                field_type="radio",
                required=True,
                choices="Yes\nPartly\nNo",
                sort_order=0,
            ),
            FeedbackFormField(label="What were you looking for?", field_type="multiline", required=False, sort_order=1),
            FeedbackFormField(
                label="How could we make the site better?", field_type="multiline", required=False, sort_order=2
            ),
            FeedbackFormField(
                label="Your email address",
                field_type="email",
                required=False,
                sort_order=3,
                help_text="Only if you would like a reply.",
            ),
        ]
        home.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1

    def load_pathways(self, home, guidance):
        if home.pathways:
            return
        fallback = home.get_children().type(DirectoryIndexPage).first()
        library = home.get_children().type(ResourceIndexPage).first()
        by_audience = {
            "young-carers": "young-carers",
            "young-adult-carers": "young-carers",
            "adult-carers": "who-is-a-carer",
            "parent-carers": "carers-assessment",
            "working-carers": "money-and-carers-allowance",
            "older-carers": "taking-a-break",
            "student-carers": "young-carers",
        }
        pathways = []
        for row in content.HOME["pathways"]:
            if row["audience"] == "professionals":
                target = library
            else:
                target = guidance.get(by_audience.get(row["audience"], ""), fallback)
            pathways.append(
                {"type": "pathway", "value": {"title": row["title"], "text": row.get("text", ""), "page": target.pk}}
            )
        home.pathways = pathways
        home.save_revision().publish()
        self.created += 1

    def load_synonyms(self):
        for terms in content.SYNONYMS:
            self.get_or_create(Synonym, {"terms": terms})

    def load_settings(self):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        if not site_settings.footer_text:
            site_settings.footer_text = (
                "<p>Carers Directory is a demonstration site. The organisations and phone numbers come from "
                "published carers strategies and may be out of date: check with the service before you travel.</p>"
            )
            site_settings.contact_email = "carers-directory@example.org"
            site_settings.save()
            self.created += 1
        if site_settings.crisis_page_id is None:
            # The top-level /crisis/ page, not its easy read version (/easy-read/crisis/).
            crisis = GuidancePage.objects.filter(locale=self.locale, slug="crisis", depth=3)
            site_settings.crisis_page = crisis.first()
            site_settings.save(update_fields=["crisis_page"])

    def load_translations(self):
        """Drafts of pages and of the snippets carers see in other languages, made through wagtail-localize.

        Each one is a wagtail-localize translation with its strings in translation memory, so editors see it in
        the translation editor, export it as PO and sync it when the English changes. Text comes from
        site/dev/demo/translations/; a string missing there stays in English, with a warning. Pages are left
        "not checked by a native speaker", so the site shows them as drafts.
        """
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        snippets = {
            "crisis_lines": CrisisLine.objects.filter(
                locale=self.locale, name__in=[row["name"] for row in content.CRISIS_LINES]
            ),
            "audiences": Audience.objects.filter(
                locale=self.locale, slug__in=[row["slug"] for row in content.AUDIENCES]
            ),
            "care_areas": CareArea.objects.filter(
                locale=self.locale, slug__in=[row["slug"] for row in content.CARE_AREAS]
            ),
        }
        for code in self.languages:
            locale = Locale.objects.get(language_code=code)
            pages = [self.descendant(home, *path) for path in translations.PAGES[code]]
            for instance in [page for page in pages if page is not None]:  # parents before children
                self.translate(instance, locale)
            for kind in translations.SNIPPETS[code]:
                for instance in snippets[kind]:
                    self.translate(instance, locale)

    def make_leaflet_pdfs(self):
        """Each leaflet's PDF in each of its languages, now rather than by the worker, so the demo has them at once."""
        from carers_site.sharing.leaflet_pdf import update_leaflet_pdf

        for page in LeafletPage.objects.live():
            if update_leaflet_pdf(page) == "made":
                self.created += 1

    @staticmethod
    def chosen_languages(value):
        if value == "all":
            return list(translations.LANGUAGES)
        codes = [code.strip() for code in value.split(",") if code.strip() and code.strip() != "none"]
        unknown = [code for code in codes if code not in translations.LANGUAGES]
        if unknown:
            raise CommandError(
                f"No demo translations in {', '.join(unknown)}. Choose from {', '.join(translations.LANGUAGES)}, "
                "or 'all' or 'none'."
            )
        return codes

    @staticmethod
    def descendant(page, *slugs):
        for slug in slugs:
            page = page.get_children().filter(slug=slug).first() if page else None
        return page.specific if page else None

    def translate(self, instance, locale):
        target = type(instance).objects.filter(translation_key=instance.translation_key, locale=locale).first()
        if target is not None and not getattr(target, "alias_of_id", None):
            return  # translated already (and perhaps edited since): left as it is
        if isinstance(instance, Page) and not TranslationSource.objects.get_for_instance_or_none(instance):
            self.upgrade_list_blocks(instance)
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        segments = list(source.stringsegment_set.select_related("string", "context"))
        done = set(
            StringTranslation.objects.filter(
                locale=locale, context__in=[segment.context for segment in segments]
            ).values_list("translation_of_id", "context_id")
        )
        missing = []
        for segment in segments:
            if (segment.string_id, segment.context_id) in done:
                continue  # a translator's text is kept
            text = translations.translate(segment.string.data, locale.language_code, segment.context.path)
            if text is None:
                missing.append(segment.string.data)
                continue
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            done.add((segment.string_id, segment.context_id))
        for text in missing:
            self.stderr.write(
                self.style.WARNING(f"No {locale.language_code} translation in site/dev/demo/translations/ for {text!r}")
            )
        if not translation.enabled:
            translation.enabled = True
            translation.save(update_fields=["enabled"])
        if isinstance(instance, Page):
            # Saved as a draft, then published here: save_target(publish=True) would publish only when the
            # outer transaction commits, which tests never do.
            translation.save_target(publish=False)
            page = source.get_translated_instance(locale)
            page.get_latest_revision().publish()
        else:
            translation.save_target()
        self.created += 1

    @staticmethod
    def upgrade_list_blocks(page):
        """FAQ items saved in the old list format (by earlier versions of this loader) are invisible to
        wagtail-localize; a new revision stores them in the current format, with ids, so they can be translated."""
        body = getattr(page, "body", None)
        old = [
            index
            for index, block in enumerate(getattr(body, "raw_data", []))
            if block["type"] == "faq" and any("id" not in item for item in block["value"])
        ]
        for index in old:
            body[index]  # read as a block value, it is saved in the current format
        if old:
            page.save_revision().publish()

    def ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("An admin user already exists; leaving it as it is.")
            return
        User.objects.create_superuser(DEMO_ADMIN_USERNAME, "admin@example.org", DEMO_ADMIN_PASSWORD)
        self.stdout.write(
            f"Created the demo admin login: username {DEMO_ADMIN_USERNAME}, password {DEMO_ADMIN_PASSWORD}. "
            "Change it at /admin/account/ before anyone else can reach this site."
        )

    def ensure_professional(self):
        """A demo login for health and care staff: in the Professionals group only, with no admin access."""
        User = get_user_model()
        if User.objects.filter(username=DEMO_PROFESSIONAL_USERNAME).exists():
            self.stdout.write("The demo professional login already exists; leaving it as it is.")
            return
        user = User.objects.create_user(
            DEMO_PROFESSIONAL_USERNAME, "professional@example.org", DEMO_PROFESSIONAL_PASSWORD
        )
        user.groups.add(ensure_professionals_group())
        self.stdout.write(
            f"Created the demo professional login: username {DEMO_PROFESSIONAL_USERNAME}, password "
            f"{DEMO_PROFESSIONAL_PASSWORD}. It reads the resources marked “For professionals” and has no admin access."
        )
