"""manage.py make_leaflet_pdfs: every live leaflet's PDF, in each of its languages, made now (without the worker)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from carers_site.sharing.leaflet_pdf import update_leaflet_pdf
from resources.models import LeafletPage


class Command(BaseCommand):
    help = (
        "Make the PDF of every live leaflet in each of its languages now, as publishing does through the worker. "
        "Leaflets whose PDF is up to date are left alone unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Make every PDF again, even if it is up to date.")

    def handle(self, *args, force=False, **options):
        outcomes = {}
        pages = list(LeafletPage.objects.live().order_by("path"))
        for page in tqdm(pages, desc="Leaflet PDFs", unit="leaflet", disable=not pages or options["verbosity"] < 1):
            outcome = update_leaflet_pdf(page, force=force)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if outcome == "failed":
                self.stderr.write(self.style.WARNING(f"Could not make the PDF of {page.title} ({page.url_path})."))
        summary = ", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items())) or "no leaflets"
        self.stdout.write(f"Leaflet PDFs: {summary}.")
