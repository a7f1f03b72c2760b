"""Small PDFs for demo leaflets and downloads, drawn with ReportLab (no network, no fonts to fetch)."""

import io
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas


def build_pdf(title, sections, footer=""):
    """A plain A4 document: a title, then (heading, text) sections, wrapped to the page width."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    pdf.setTitle(title)
    width, height = A4
    left, top, bottom = 20 * mm, height - 20 * mm, 20 * mm
    y = top

    def line(text, font="Helvetica", size=11, gap=5.5 * mm):
        nonlocal y
        if y < bottom:
            pdf.showPage()
            y = top
        pdf.setFont(font, size)
        pdf.drawString(left, y, text)
        y -= gap

    for part in textwrap.wrap(title, 45):
        line(part, "Helvetica-Bold", 20, 9 * mm)
    y -= 4 * mm
    for heading, text in sections:
        if heading:
            line(heading, "Helvetica-Bold", 14, 7 * mm)
        for paragraph in text.split("\n"):
            for part in textwrap.wrap(paragraph, 85) or [""]:
                line(part)
        y -= 3 * mm
    if footer:
        pdf.setFont("Helvetica", 9)
        pdf.drawString(left, 12 * mm, footer)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
