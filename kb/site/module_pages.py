"""/modules/ and /modules/<id>/: each training module's programme, its timed plan, its sheets,
and the downloads trainers use (programme, booklet, guide as PDF, DOCX, ODT, HTML)."""

from __future__ import annotations

from ..export import FORMATS, file_name
from ..export.documents import DOCUMENTS, context_for, programme
from ..model import Module
from ..training.loader import format_duration
from ..training.schedule import schedule
from .data import SiteData
from .markup import esc, front_matter, md_text, plural

FORMAT_LABELS = {"pdf": "PDF, à imprimer", "docx": "Word (DOCX)", "odt": "LibreOffice (ODT)",
                 "html": "Page web (HTML)"}


def _breaks(minutes: int) -> str:
    return f"{minutes} min" if minutes < 60 else format_duration(minutes)


def module_path(module_id: str) -> str:
    return f"modules/{module_id}/index.md"


def module_page(data: SiteData, module: Module) -> str:
    ctx = context_for(module, data.corpus, has_map=False)
    downloads = "".join(
        f'<li><h3 id="telecharger-{esc(kind)}">{esc(DOCUMENTS[kind])}</h3><ul class="relier-formats">'
        + "".join(f'<li><a href="{esc(file_name(module, kind, fmt))}" download>{FORMAT_LABELS[fmt]}</a></li>'
                  for fmt in FORMATS) + "</ul></li>"
        for kind in DOCUMENTS)
    plan = "".join(f"<tr><td>J{slot.day}</td><td>{slot.start_text}</td><td>{slot.end_text}</td>"
                   f"<td>{esc(slot.sequence.title)}</td></tr>" for slot in schedule(module))
    sheets = "".join(f'<li><a href="../../fiches/{esc(s.id)}/index.html">{esc(s.title)}</a></li>' for s in ctx.sheets)
    return (front_matter(title=module.title, description=module.summary or module.title)
            + f"# {md_text(module.title)}\n\n"
            + '<h2 id="telecharger">Télécharger</h2>\n'
            + "<p>Le programme (une à deux pages), le livret du participant (les fiches en entier, le glossaire, "
              "la carte des concepts, les références et les crédits) et le guide du formateur (le déroulé minuté, "
              "les consignes et les notes). Les versions Word et LibreOffice se modifient librement, "
              "en citant les auteurs.</p>\n"
            + f'<ul class="relier-downloads">{downloads}</ul>\n'
            + '<h2 id="programme">Programme</h2>\n' + programme(ctx, cover=False)
            + f'\n<h2 id="deroule">Déroulé ({format_duration(module.training_minutes)} de formation'
              f'{", " + _breaks(module.break_minutes) + " de pauses" if module.break_minutes else ""})</h2>\n'
            + '<div class="relier-deroule">\n<table><thead><tr><th>Jour</th><th>Début</th><th>Fin</th><th>Séquence</th>'
              f"</tr></thead><tbody>{plan}</tbody></table>\n</div>\n"
            + f'<h2 id="fiches">Les fiches du module</h2>\n<ul>{sheets}</ul>\n')


def modules_index(data: SiteData, modules: list[Module]) -> str:
    items = "".join(f'<li><a href="{esc(m.id)}/index.html">{esc(m.title)}</a> — {format_duration(m.training_minutes)} de formation, '
                    f"{plural(len(m.sheet_ids()), 'fiche')}<br><span class=\"relier-note\">{esc(m.summary)}</span></li>"
                    for m in sorted(modules, key=lambda m: m.title.casefold()))
    return (front_matter(title="Modules de formation", description="Des modules prêts à animer, construits à partir des fiches.")
            + "# Modules de formation\n\n<p>Chaque module assemble des fiches en une formation prête à animer : "
              "programme, livret du participant et guide du formateur, à télécharger et à adapter.</p>\n"
            + (f"<ul>{items}</ul>\n" if items else "<p>Aucun module pour l'instant.</p>\n"))
