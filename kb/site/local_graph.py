"""A small static SVG of a sheet's neighbourhood: no JavaScript. On a phone, where the drawing
would be too small to read, the same neighbourhood is shown as a list instead (relier.css)."""

from __future__ import annotations

import math

from .markup import esc

WIDTH, HEIGHT = 640, 400
COLOURS = {"fiche": "#1f5f8b", "concept": "#8a4b08", "centre": "#0b3954"}


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def local_graph_svg(title: str, sheets: list[tuple[str, str, str]], concepts: list[tuple[str, str]]) -> str:
    """`sheets`: (label, href, relation label); `concepts`: (label, href). Returns an SVG figure."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    nodes: list[tuple[float, float, str, str, str, str]] = []
    ring = [(label, href, "fiche", rel) for label, href, rel in sheets[:10]] + \
           [(label, href, "concept", "concept mobilisé") for label, href in concepts[:8]]
    for index, (label, href, kind, rel) in enumerate(ring):
        angle = 2 * math.pi * index / max(len(ring), 1) - math.pi / 2
        nodes.append((cx + 230 * math.cos(angle), cy + 150 * math.sin(angle), label, href, kind, rel))
    parts = [f'<svg class="relier-local-graph" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
             f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="graphe-local-titre">',
             f'<title id="graphe-local-titre">Voisinage de la fiche « {esc(title)} » : '
             f'{len(sheets[:10])} fiche(s) reliée(s) et {len(concepts[:8])} concept(s)</title>']
    for x, y, _, _, kind, _ in nodes:
        dash = ' stroke-dasharray="4 3"' if kind == "concept" else ""
        parts.append(f'<line x1="{cx:.0f}" y1="{cy:.0f}" x2="{x:.0f}" y2="{y:.0f}" stroke="#9aa5b1"{dash}/>')
    parts.append(f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="14" fill="{COLOURS["centre"]}"/>')
    parts.append(f'<text x="{cx:.0f}" y="{cy + 32:.0f}" text-anchor="middle" class="centre">{esc(_short(title, 40))}</text>')
    for x, y, label, href, kind, rel in nodes:
        shape = (f'<circle cx="{x:.0f}" cy="{y:.0f}" r="9" fill="{COLOURS["fiche"]}"/>' if kind == "fiche" else
                 f'<rect x="{x - 8:.0f}" y="{y - 8:.0f}" width="16" height="16" fill="{COLOURS["concept"]}"/>')
        anchor = "start" if x > cx + 5 else ("end" if x < cx - 5 else "middle")
        dx = 14 if anchor == "start" else (-14 if anchor == "end" else 0)
        parts.append(f'<a href="{esc(href)}"><title>{esc(label)} ({esc(rel)})</title>{shape}'
                     f'<text x="{x + dx:.0f}" y="{y + 4:.0f}" text-anchor="{anchor}">{esc(_short(label))}</text></a>')
    parts.append("</svg>")
    legend = ('<figcaption>Ronds : fiches reliées · carrés : concepts mobilisés. '
              'Chaque élément mène à sa page.</figcaption>')
    # two Markdown blocks: Python-Markdown reads an element that follows another on the same line
    # as Markdown (it would wrap the list in a paragraph)
    return ('<figure class="relier-figure relier-local">' + "".join(parts) + legend + "</figure>\n\n"
            + _as_list(sheets[:10], concepts[:8]))


def _as_list(sheets: list[tuple[str, str, str]], concepts: list[tuple[str, str]]) -> str:
    """The drawing's content for narrow screens: its links, grouped, with the relation named."""
    items = "".join(f'<li><a href="{esc(href)}">{esc(label)}</a> <span class="relier-note">({esc(rel.lower())})</span></li>'
                    for label, href, rel in sheets)
    ideas = ", ".join(f'<a href="{esc(href)}">{esc(label)}</a>' for label, href in concepts)
    return ('<div class="relier-local-list">'
            + (f"<p><strong>Fiches reliées</strong></p><ul>{items}</ul>" if items else "")
            + (f"<p><strong>Concepts mobilisés</strong> : {ideas}</p>" if ideas else "") + "</div>")
