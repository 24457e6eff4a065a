"""The module's concept map as a PNG figure: its sheets on the left, the concepts they mobilise
on the right, a line for each link; concepts ordered by the sheets they serve so that lines
cross little. Drawn with Pillow so that the same image goes into PDF, DOCX, ODT and HTML."""

from __future__ import annotations

import io
import shutil
import subprocess
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from ..model import Sheet, Vocabulary

SCALE = 2  # drawn at twice the size for print
WIDTH, ROW, MARGIN = 900, 30, 16
# Okabe & Ito's colour-blind-safe palette; shared concepts also differ by shape (a filled diamond,
# where a concept of one sheet is a hollow square) and by a bold label, so that greyscale keeps it
SHEET_COLOUR, CONCEPT_COLOUR, SHARED_COLOUR, LINE = (0, 114, 178), (90, 90, 90), (213, 94, 0), (170, 178, 189)
TEXT = (20, 20, 20)


@lru_cache(maxsize=4)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVu Sans:bold" if bold else "DejaVu Sans"
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{file}", name], capture_output=True, text=True).stdout
        if found.endswith((".ttf", ".otf")):
            return ImageFont.truetype(found, size)
    return ImageFont.load_default(size)


def _fit(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> str:
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def concept_map_png(sheets: list[Sheet], concepts: Vocabulary | None) -> bytes:
    """PNG bytes of the map (empty bytes when the sheets mobilise no concept)."""
    links = [(sheet, concept) for sheet in sheets for concept in sheet.terms.get("concepts", ())]
    if not links:
        return b""
    users: dict[str, list[int]] = {}
    for index, sheet in enumerate(sheets):
        for concept in sheet.terms.get("concepts", ()):
            users.setdefault(concept, []).append(index)
    ordered = sorted(users, key=lambda c: (sum(users[c]) / len(users[c]), -len(users[c]), c))
    rows = max(len(sheets), len(ordered))
    height = 2 * MARGIN + rows * ROW + 40
    image = Image.new("RGB", (WIDTH * SCALE, height * SCALE), "white")
    draw = ImageDraw.Draw(image)
    font, bold = _font(12 * SCALE), _font(13 * SCALE, bold=True)
    column = 330

    def y_of(index: int, count: int) -> float:
        return (MARGIN + 40 + (index + 0.5) * (rows * ROW) / count) * SCALE

    draw.text((MARGIN * SCALE, MARGIN * SCALE), "Fiches du module (●)", font=bold, fill=TEXT)
    draw.text(((WIDTH - column - MARGIN) * SCALE, MARGIN * SCALE), "Concepts mobilisés (◆ : partagés)",
              font=bold, fill=TEXT)
    sheet_y = {sheet.id: y_of(i, len(sheets)) for i, sheet in enumerate(sheets)}
    concept_y = {concept: y_of(i, len(ordered)) for i, concept in enumerate(ordered)}
    left, right = (MARGIN + column) * SCALE, (WIDTH - column - MARGIN) * SCALE
    for sheet, concept in links:
        draw.line([(left + 8 * SCALE, sheet_y[sheet.id]), (right - 8 * SCALE, concept_y[concept])],
                  fill=LINE, width=SCALE)
    for sheet in sheets:
        y = sheet_y[sheet.id]
        draw.ellipse([left - 2 * SCALE, y - 6 * SCALE, left + 10 * SCALE, y + 6 * SCALE], fill=SHEET_COLOUR)
        label = _fit(draw, sheet.title.replace("'", "\u2019"), font, (column - 20) * SCALE)
        draw.text((left - 8 * SCALE, y), label, font=font, fill=TEXT, anchor="rm")
    for concept in ordered:
        y = concept_y[concept]
        shared = len(users[concept]) > 1
        if shared:
            r = 8 * SCALE
            draw.polygon([(right - 4 * SCALE, y - r), (right - 4 * SCALE + r, y), (right - 4 * SCALE, y + r),
                          (right - 4 * SCALE - r, y)], fill=SHARED_COLOUR, outline=TEXT)
        else:
            draw.rectangle([right - 9 * SCALE, y - 5 * SCALE, right + 1 * SCALE, y + 5 * SCALE], fill="white",
                           outline=CONCEPT_COLOUR, width=SCALE)
        label = (concepts.label_of(concept) if concepts else concept).replace("'", "\u2019")
        if shared:
            label += f" ({len(users[concept])} fiches)"
        draw.text((right + 8 * SCALE, y), _fit(draw, label, bold if shared else font, (column - 20) * SCALE),
                  font=bold if shared else font, fill=TEXT, anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
