"""Family pack PDF benchmark (not a test): how long WeasyPrint takes to make a typical pack.

    .venv/bin/python manage.py load_demo   # once
    .venv/bin/python -m carers_site.dev.benchmark_family_pack [--runs 5] [--language en]

Builds a pack of five demo pages, as a clinician might: a guidance page, the crisis page, a service, a
leaflet and the support network map (where the demo has one), with a short note. Then makes its PDF
--runs times, the same way /pack/pdf/ does (carers_site.sharing.family_pack.render_pdf), and prints the median and
slowest wall-clock time, the median CPU time (which a busy machine does not inflate), how many sheets of
paper it came to and its size. The first run also loads fonts, so it is
usually the slowest. Uses the development database; pages without a short link get one, as they would
the first time anyone printed them.
"""

import argparse
import os
import statistics
import time


def demo_pages():
    """(label, page) for each kind of page in the pack, skipping any the demo does not have."""
    from directory.models import ServicePage
    from resources.models import GuidancePage, LeafletPage, SupportNetworkMapPage

    def first(model, **filters):
        pages = model.objects.live().public().filter(locale__language_code="en")
        return pages.filter(**filters).order_by("path").first() or (pages.order_by("path").first() if filters else None)

    chosen = [
        ("guidance", first(GuidancePage, slug="carers-assessment")),
        ("crisis page", first(GuidancePage, slug__in=["crisis", "what-to-do-in-a-crisis"])),
        ("service", first(ServicePage)),
        ("leaflet", first(LeafletPage)),
        ("support network map", first(SupportNetworkMapPage)),
    ]
    return [(label, page) for label, page in chosen if page is not None]


def main(argv=None):
    parser = argparse.ArgumentParser(description="Time family pack PDFs.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--language", default="en", help="the language the pack is shown in, e.g. ur")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carers_site.settings.dev")
    import django

    django.setup()
    from django.test import RequestFactory
    from django.utils import translation

    from carers_site.sharing.family_pack import Pack, render_pdf

    pages = demo_pages()
    if not pages:
        raise SystemExit("No demo pages found: run `manage.py load_demo` first.")
    pack = Pack(pages=[page.pk for _label, page in pages], note="Read the crisis page first. See you on Tuesday.")
    request = RequestFactory().get("/pack/pdf/", HTTP_HOST="127.0.0.1:8000")

    print(f"A pack of {len(pages)} demo pages, in {args.language}:")
    for label, page in pages:
        print(f"  {label:<20} {page.title}")
    times, cpu_times = [], []
    with translation.override(args.language):
        request.LANGUAGE_CODE = args.language
        for _run in range(args.runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            pdf, sheets = render_pdf(request, pack)
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu_start)
    print(f"\nPDF made {args.runs} times (WeasyPrint {__import__('weasyprint').__version__})\n")
    print(f"{'median (s)':>11}{'slowest (s)':>13}{'first (s)':>11}{'CPU (s)':>9}{'sheets':>8}{'size (KB)':>11}")
    print(
        f"{statistics.median(times):>11.2f}{max(times):>13.2f}{times[0]:>11.2f}"
        f"{statistics.median(cpu_times):>9.2f}{sheets:>8}{len(pdf) / 1024:>11.0f}"
    )


if __name__ == "__main__":
    main()
