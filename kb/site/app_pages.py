"""The interactive pages: /explorer/, /carte/, /recherche/, and the home page's generated part."""

from __future__ import annotations

from .data import SiteData
from .markup import esc, front_matter, plural
from .sheet_page import html_link
from .term_pages import FACETS
from .urls import index_path, page_path


def explorer_page(data: SiteData) -> str:
    count = len(data.corpus.sheets)
    return front_matter(title="Explorer les fiches", description="Combiner publics, secteurs, modes, thèmes et valeurs.") + f"""# Explorer les fiches

<p>Cochez des cases pour combiner les critères (dans une même rubrique, une case <em>ou</em> une autre ;
entre rubriques, toutes à la fois), et tapez des mots pour filtrer les titres et résumés.
Le nombre entre parenthèses dit combien de fiches restent si vous ajoutez ce critère.</p>

<div id="relier-explorer" class="relier-explorer">
<form aria-label="Filtres des fiches">
<label for="relier-texte"><strong>Mots</strong></label>
<input id="relier-texte" type="search" placeholder="par exemple : violence, domicile, adolescents" autocomplete="off">
<p><button type="button" data-relier-reset>Tout effacer</button></p>
</form>
<section class="relier-results" aria-label="Résultats">
<p role="status" aria-live="polite"><strong data-relier-count>{plural(count, 'fiche')}</strong></p>
<ul data-relier-list></ul>
<noscript><p>Cette page a besoin de JavaScript. Sans lui, parcourez <a href="../fiches/index.html">la liste des fiches</a>.</p></noscript>
</section>
</div>

<script src="../donnees/fiches.js"></script>
<script src="../assets/relier/explorer.js"></script>
"""


def map_page(data: SiteData, shown: int, total: int) -> str:
    partial = (f"<p>La base compte {total} fiches : la carte montre les {shown} plus reliées. "
               "Toutes sont dans l'<a href=\"../explorer/index.html\">explorateur</a>.</p>") if shown < total else ""
    return front_matter(title="Carte des pratiques", description="Le graphe des fiches, concepts, publics et thèmes.") + f"""# Carte des pratiques

<p>Chaque rond est une fiche, colorée selon sa famille de pratiques ; les rectangles sont des concepts
(leur taille dit leur rôle de clé de voûte), les losanges des publics, les hexagones des thèmes.
Les traits pointillés rouges sont des tensions. Faites glisser pour vous déplacer, pincez ou utilisez
la molette pour zoomer, touchez un élément pour ouvrir sa page.
La même information se lit en texte dans l'<a href="../analyse/index.html">analyse systémique</a>.</p>
{partial}
<div class="relier-carte-controls">
<fieldset><legend>Afficher</legend>
<label><input type="checkbox" data-relier-kind value="fiche" checked> Fiches</label>
<label><input type="checkbox" data-relier-kind value="concept" checked> Concepts</label>
<label><input type="checkbox" data-relier-kind value="public" checked> Publics</label>
<label><input type="checkbox" data-relier-kind value="theme"> Thèmes</label>
</fieldset>
<button type="button" class="md-button" data-relier-fit>Recentrer</button>
</div>
<div id="relier-carte" role="img" aria-label="Carte interactive des fiches et des concepts de Relier ; la liste des fiches est dans l'explorateur et l'analyse systémique"></div>
{_legend(data)}
<script src="../assets/vendor/cytoscape.min.js"></script>
<script src="../donnees/graphe.js"></script>
<script src="../assets/relier/carte.js"></script>
"""


def _legend(data: SiteData) -> str:
    palette = ["#1f5f8b", "#b5451b", "#2e7d32", "#6a3d9a", "#a0522d", "#00796b", "#c2185b", "#5d6d1e",
               "#455a64", "#8d6e00", "#283593", "#6d4c41"]
    items = "".join(f'<li><span style="background:{palette[(c["id"] - 1) % len(palette)]}"></span>'
                    f'Famille {c["id"]} : {esc(c["nom"])}</li>' for c in data.report["clusters"][:12])
    return f'<ul class="relier-legend" aria-label="Familles de pratiques">{items}</ul>'


def search_page() -> str:
    return front_matter(title="Rechercher") + """# Rechercher

<div id="relier-recherche" class="relier-recherche">
<form role="search" action="index.html" method="get" class="relier-recherche-form">
<label for="relier-recherche-q">Décrivez une situation ou tapez des mots</label>
<input id="relier-recherche-q" name="q" type="search" autocomplete="off"
 placeholder="par exemple : ado qui fugue, personne âgée isolée, MNA">
<button type="submit">Rechercher</button>
</form>
<details class="relier-recherche-filtres">
<summary>Affiner par public, secteur, mode, thème ou niveau de preuve</summary>
<div data-relier-filtres></div>
</details>
<div class="relier-recherche-statut" role="status" aria-live="polite" data-relier-statut></div>
<ol class="relier-recherche-resultats" data-relier-resultats></ol>
<p class="relier-recherche-aide">Les mots sans accents, les pluriels, les fautes de frappe et les sigles courants
(ASE, MECS, CHRS, MNA…) sont reconnus ; décrire la situation (« un ado qui fugue du foyer ») suffit.</p>
<noscript><p>La recherche a besoin de JavaScript. Sans lui, parcourez <a href="../explorer/index.html">l'explorateur</a>
ou <a href="../fiches/index.html">la liste des fiches</a>.</p></noscript>
</div>
"""


def home_blocks(data: SiteData) -> str:
    here = "index.md"
    sheets = len(data.corpus.sheets)
    concepts = sum(1 for (kind, _), s in data.by_term.items() if kind == "concept" and s)
    out = [f"""<p><strong>{sheets} fiches pratiques</strong>, {concepts} concepts, {len(data.report['tensions'])} tensions.
<a href="explorer/index.html">Explorer en combinant les critères</a> ·
<a href="carte/index.html">Voir la carte</a> ·
<a href="analyse/index.html">Lire l'analyse systémique</a> ·
<a href="glossaire/index.html">Glossaire</a></p>
""", '<div class="relier-entries">']
    for kind in ("public", "secteur", "theme", "mode"):
        title, _ = FACETS[kind]
        vocabulary = data.vocabulary(kind)
        terms = sorted(vocabulary.terms.values(), key=lambda t: -len(data.sheets_for(kind, t.id))) if vocabulary else []
        items = "".join(f'<li><a href="{esc(html_link(here, page_path(kind, t.id)))}">{esc(t.label)}</a> '
                        f'<span class="relier-count">({len(data.sheets_for(kind, t.id))})</span></li>'
                        for t in terms[:8] if data.sheets_for(kind, t.id))
        out.append(f'<section><h2>Par {esc(title.lower())}</h2><ul>{items}</ul>'
                   f'<p><a href="{esc(html_link(here, index_path(kind)))}">Tous les {esc(title.lower())}</a></p></section>')
    out.append("</div>\n")
    return "\n".join(out)
