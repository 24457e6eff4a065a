"""/analyse/: the systemic report as readable pages."""

from __future__ import annotations

from .data import SiteData
from .markup import esc, front_matter, plural
from .sheet_page import html_link
from .urls import page_path

HERE = "analyse/index.md"
SECTIONS = (("concepts-cles", "Concepts clés"), ("familles", "Familles"), ("passerelles", "Passerelles"),
            ("tensions", "Tensions"), ("angles-morts", "Angles morts"), ("boucles", "Boucles"),
            ("orphelines", "Fiches orphelines"))


def _heading(anchor: str, title: str) -> str:
    """A Markdown heading, so that it is listed in the page's table of contents (side bar, phone menu)."""
    return f"\n## {title} {{#{anchor}}}\n"


def _sheet(data: SiteData, sheet_id: str) -> str:
    sheet = data.by_id.get(sheet_id)  # type: ignore[call-overload]
    title = sheet.title if sheet else sheet_id
    return f'<a href="{esc(html_link(HERE, page_path("fiche", sheet_id)))}">{esc(title)}</a>'


def _concept(concept_id: str, label: str) -> str:
    return f'<a href="{esc(html_link(HERE, page_path("concept", concept_id)))}">{esc(label)}</a>'


def report_page(data: SiteData) -> str:
    report = data.report
    out = [front_matter(title="Analyse systémique", description="Concepts clés, familles de pratiques, "
                        "passerelles, tensions, angles morts et boucles de rétroaction."),
           "# Analyse systémique\n",
           "<p>Voir le tout plutôt qu'une pile de procédures : cette page lit la base comme un système "
           "(la pensée complexe d'Edgar Morin). Elle est recalculée à chaque construction du site ; "
           "les fiches encore en brouillon n'y entrent pas.</p>\n",
           '<nav class="relier-toc" aria-label="Sommaire de l\'analyse"><p><strong>Sur cette page</strong></p>'
           '<ul class="relier-chips">'
           + "".join(f'<li><a href="#{a}">{t}</a></li>' for a, t in SECTIONS) + "</ul></nav>\n"]

    out.append(_heading("concepts-cles", "Concepts clés de voûte"))
    out.append("<p>Les concepts par lesquels passent les liens entre les autres concepts (intermédiarité "
               "dans le réseau des concepts mobilisés ensemble par une même fiche). Ce sont eux qui tiennent "
               "les pratiques ensemble, pas seulement les plus fréquents.</p>\n")
    rows = "".join(f"<tr><td>{_concept(k['id'], k['label'])}</td><td>{k['fiches']}</td>"
                   f"<td>{k['centralite']:.3f}</td></tr>" for k in report["keystones"][:15])
    out.append('<table><caption>Les 15 premiers concepts</caption><thead><tr><th scope="col">Concept</th>'
               '<th scope="col">Fiches</th><th scope="col">Centralité</th></tr></thead>'
               f"<tbody>{rows}</tbody></table>\n")

    out.append(_heading("familles", "Familles de pratiques"))
    out.append("<p>Des groupes de fiches qui partagent concepts et relations (communautés de Louvain). "
               "Chaque famille porte le nom de son concept clé de voûte ; suivent ses concepts les plus "
               "caractéristiques. Ouvrez une famille pour voir ses fiches.</p>\n")
    for cluster in report["clusters"]:
        out.append(f'<details class="relier-family"><summary><strong>{esc(cluster["nom"])}</strong> '
                   f'<span class="relier-note">({plural(len(cluster["fiches"]), "fiche")})</span> — '
                   f'{esc(cluster["description"])}</summary>\n<ul>'
                   + "".join(f"<li>{_sheet(data, s)}</li>" for s in cluster["fiches"]) + "</ul></details>\n")
    names = {cluster["id"]: cluster["nom"] for cluster in report["clusters"]}

    out.append(_heading("passerelles", "Passerelles"))
    out.append("<p>Les fiches et concepts dont les liens se répartissent entre plusieurs familles : "
               "ils font se rencontrer des mondes qui, sans eux, resteraient séparés.</p>\n<ul>")
    for bridge in report["bridges"]:
        what = _sheet(data, bridge["id"]) if bridge["kind"] == "fiche" else \
            _concept(bridge["id"], bridge["label"]) + " (concept)"
        families = ", ".join(f"« {esc(names.get(c, c))} »" for c in bridge["clusters"])
        out.append(f"<li>{what} — relie les familles {families}</li>")
    out.append("</ul>\n")

    out.append(_heading("tensions", "Tensions dialogiques"))
    out.append("<p>Deux logiques opposées et pourtant toutes deux nécessaires. On ne les tranche pas : "
               "on les tient ensemble.</p>\n")
    sheet_tensions = [t for t in report["tensions"] if t["entre"] == "fiche"]
    concept_tensions = [t for t in report["tensions"] if t["entre"] == "concept"]
    out.append(f"<h3>Entre pratiques ({len(sheet_tensions)})</h3><ul class=\"relier-relations relier-tension\">")
    for t in sheet_tensions:
        out.append(f"<li>{_sheet(data, t['a'])} ↔ {_sheet(data, t['b'])}"
                   + (f'<br><span class="relier-note">{esc(t["note"])}</span>' if t["note"] else "") + "</li>")
    out.append(f'</ul><details class="relier-family"><summary><strong>Entre concepts</strong> '
               f'<span class="relier-note">({len(concept_tensions)})</span></summary><ul>')
    for t in concept_tensions:
        out.append(f"<li>{_concept(t['a'], t['label_a'])} ↔ {_concept(t['b'], t['label_b'])}</li>")
    out.append("</ul></details>\n")

    coverage = report["coverage"]
    out.append(_heading("angles-morts", "Angles morts : publics × thèmes"))
    out.append(f"<p>Nombre de fiches pour chaque public et chaque thème. Les cases vides "
               f"({len(coverage['gaps'])} sur {len(coverage['publics']) * len(coverage['themes'])}) "
               "sont des angles morts : des pratiques à écrire.</p>\n")
    theme_labels = {t: data.label("theme", t) for t in coverage["themes"]}
    header = "".join(f'<th scope="col"><span>{esc(theme_labels[t])}</span></th>' for t in coverage["themes"])
    body = []
    for public in coverage["publics"]:
        cells = "".join(f'<td class="{"relier-gap" if n == 0 else ""}">{n or "·"}</td>'
                        for n in (coverage["matrice"][public][t] for t in coverage["themes"]))
        link = f'<a href="{esc(html_link(HERE, page_path("public", public)))}">{esc(data.label("public", public))}</a>'
        body.append(f'<tr><th scope="row">{link}</th>{cells}</tr>')
    out.append('<div class="relier-scroll" tabindex="0" role="region" aria-label="Matrice publics × thèmes">'
               '<table class="relier-matrix"><caption>Fiches par public (lignes) et par thème (colonnes) ; '
               '« · » : aucune fiche</caption>'
               f'<thead><tr><th scope="col">Public</th>{header}</tr></thead><tbody>{"".join(body)}</tbody></table></div>\n')

    out.append(_heading("boucles", "Boucles de rétroaction"))
    out.append("<p>Des pratiques dont les effets reviennent, de proche en proche, sur elles-mêmes. "
               "Une boucle amplifiante renforce ; une boucle régulatrice stabilise.</p>\n<ul>")
    for loop in report["loops"]:
        chain = " → ".join(_sheet(data, s) for s in loop["fiches"])
        out.append(f"<li>{chain} → (retour au début) : boucle {esc(loop['polarite'])}</li>")
    if not report["loops"]:
        out.append("<li>Aucune boucle pour l'instant.</li>")
    out.append("</ul>\n")

    out.append(_heading("orphelines", "Fiches orphelines"))
    orphans = report["orphans"]
    out.append(f"<p>{plural(len(orphans), 'fiche')} sans relation à une autre fiche. "
               "Les relier, c'est les faire entrer dans le système.</p>\n<ul>")
    out += [f"<li>{_sheet(data, o['id'])}</li>" for o in orphans] or ["<li>Aucune.</li>"]
    out.append("</ul>\n")
    return "\n".join(out)
