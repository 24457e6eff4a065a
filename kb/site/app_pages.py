"""The interactive pages: /explorer/, /carte/, /recherche/, and the home page's generated part."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .data import SiteData, is_draft
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
<input id="relier-texte" type="search" placeholder="ex. : violence, domicile" autocomplete="off">
<p><button type="button" data-relier-reset>Tout effacer</button></p>
</form>
<section id="relier-resultats" class="relier-results" aria-label="Résultats" tabindex="-1">
<p role="status" aria-live="polite"><strong data-relier-count>{plural(count, 'fiche')}</strong></p>
<ul data-relier-list></ul>
<noscript><p>Cette page a besoin de JavaScript. Sans lui, parcourez <a href="../fiches/index.html">la liste des fiches</a>.</p></noscript>
</section>
</div>

<script src="../donnees/fiches.js"></script>
<script src="../assets/relier/explorer.js"></script>
"""


MAP_KINDS = (("fiche", "Fiches", "ronds"), ("concept", "Concepts", "rectangles arrondis"),
             ("public", "Publics", "losanges"), ("theme", "Thèmes", "hexagones"))
PALETTE = ("#1f5f8b", "#b5451b", "#2e7d32", "#6a3d9a", "#a0522d", "#00796b", "#c2185b", "#5d6d1e",
           "#455a64", "#8d6e00", "#283593", "#6d4c41")  # the same as carte.js
DRAFT_COLOUR = "#7a8793"
MAX_NEIGHBOURS = 40  # in the text version of the map, per element


def map_page(data: SiteData, graph: dict[str, Any]) -> str:
    shown, total = graph["fiches_affichees"], graph["total_fiches"]
    partial = (f"<p>La base compte {total} fiches : la carte montre les {shown} plus reliées. "
               "Toutes sont dans l'<a href=\"../explorer/index.html\">explorateur</a>.</p>") if shown < total else ""
    boxes = "".join(f'<label><input type="checkbox" data-relier-kind value="{kind}"'
                    f'{"" if kind == "theme" else " checked"}> {name}</label>' for kind, name, _ in MAP_KINDS)
    return front_matter(title="Carte des pratiques", description="Le graphe des fiches, concepts, publics et thèmes.") + f"""# Carte des pratiques

<p>Les fiches, les concepts qu'elles mobilisent, les publics et les thèmes, reliés. Les noms des éléments
les plus centraux sont écrits ; zoomez pour lire les autres. Touchez ou cliquez un élément pour faire
ressortir ses liens, une seconde fois pour ouvrir sa page. Faites glisser pour vous déplacer, pincez ou
utilisez la molette pour zoomer. La même information se lit en texte
<a href="#la-carte-en-listes">sous la carte</a> et dans l'<a href="../analyse/index.html">analyse systémique</a>.</p>
{partial}
<div class="relier-carte-controls">
<form id="relier-carte-recherche" class="relier-carte-find" role="search">
<label for="relier-carte-q">Trouver sur la carte</label>
<input id="relier-carte-q" type="search" list="relier-carte-noms" placeholder="une fiche, un concept…" autocomplete="off">
<button type="submit">Centrer</button>
</form>
<fieldset><legend>Afficher</legend>{boxes}</fieldset>
<p class="relier-carte-zoom"><button type="button" data-relier-action="plus" aria-label="Zoomer">+</button>
<button type="button" data-relier-action="moins" aria-label="Dézoomer">−</button>
<button type="button" data-relier-action="fit">Recentrer</button></p>
</div>
<p id="relier-carte-statut" class="relier-note" role="status" aria-live="polite"></p>
<div id="relier-carte-choix" class="relier-carte-choix" hidden>
<p><strong data-relier-nom></strong> (<span data-relier-genre></span>, <span data-relier-voisins></span>)
<a data-relier-ouvrir href="#">Ouvrir sa page</a></p>
</div>
<div id="relier-carte" role="img" aria-label="Carte interactive des fiches et des concepts ; la même information est donnée en listes sous la carte"></div>
{_legend(data)}
{_datalist(graph)}
{_as_lists(graph)}
<script src="../assets/vendor/cytoscape.min.js"></script>
<script src="../donnees/graphe.js"></script>
<script src="../assets/relier/carte.js"></script>
"""


def _legend(data: SiteData) -> str:
    shapes = "".join(f'<li><span class="relier-shape relier-shape-{kind}" aria-hidden="true"></span>{name} : {shape}</li>'
                     for kind, name, shape in MAP_KINDS)
    families = "".join(f'<li><span class="relier-dot" style="background:{PALETTE[(rank - 1) % len(PALETTE)]}" '
                       f'aria-hidden="true"></span>{esc(c["nom"])}</li>'
                       for rank, c in enumerate(data.report["clusters"][:len(PALETTE)], start=1))
    if any(is_draft(s) for s in data.corpus.sheets):
        families += (f'<li><span class="relier-dot" style="background:{DRAFT_COLOUR}" aria-hidden="true"></span>'
                     "Brouillons (hors analyse)</li>")
    return ('<div class="relier-legend"><p><strong>Formes</strong></p><ul>' + shapes + "</ul>"
            '<p><strong>Couleur des fiches : leur famille</strong> (nommée par son concept clé)</p><ul>'
            + families + '</ul><p><span class="relier-line-tension" aria-hidden="true"></span> '
            "Trait pointillé rouge : une tension entre deux fiches.</p></div>")


def _datalist(graph: dict[str, Any]) -> str:
    names = sorted({n["label"] for n in graph["nodes"]}, key=str.casefold)
    return '<datalist id="relier-carte-noms">' + "".join(f'<option value="{esc(n)}">' for n in names) + "</datalist>"


def _as_lists(graph: dict[str, Any]) -> str:
    """The map as text: for each kind of element, each element and what it is linked to."""
    nodes = {n["id"]: n for n in graph["nodes"]}
    neighbours: dict[str, set[str]] = {n: set() for n in nodes}
    for edge in graph["edges"]:
        if edge["source"] in nodes and edge["target"] in nodes and edge["source"] != edge["target"]:
            neighbours[edge["source"]].add(edge["target"])
            neighbours[edge["target"]].add(edge["source"])
    base = graph["base"]

    def anchor(node: dict[str, Any]) -> str:
        return f'<a href="{esc(base + node["url"])}">{esc(node["label"])}</a>'

    out = ['<h2 id="la-carte-en-listes">La carte en listes</h2>',
           "<p>Chaque élément de la carte et ce à quoi il est relié. Ouvrez une rubrique.</p>"]
    for kind, title, _ in MAP_KINDS:
        members = sorted((n for n in nodes.values() if n["kind"] == kind), key=lambda n: n["label"].casefold())
        if not members:
            continue
        items = []
        for node in members:
            linked = sorted((nodes[o] for o in neighbours[node["id"]]), key=lambda n: (-n["poids"], n["label"].casefold()))
            more = len(linked) - MAX_NEIGHBOURS
            text = ", ".join(anchor(n) for n in linked[:MAX_NEIGHBOURS]) + (f" et {more} autres" if more > 0 else "")
            items.append(f"<li>{anchor(node)} — relié à {plural(len(linked), 'élément')} : {text}</li>"
                         if linked else f"<li>{anchor(node)} — relié à aucun autre élément</li>")
        out.append(f'<details class="relier-family"><summary><strong>{title}</strong> '
                   f'<span class="relier-note">({len(members)})</span></summary><ul>{"".join(items)}</ul></details>')
    return "\n".join(out)


def search_page() -> str:
    return front_matter(title="Rechercher") + """# Rechercher

<div id="relier-recherche" class="relier-recherche">
<form role="search" action="index.html" method="get" class="relier-recherche-form">
<label for="relier-recherche-q">Décrivez une situation ou tapez des mots</label>
<input id="relier-recherche-q" name="q" type="search" autocomplete="off"
 placeholder="ex. : ado qui fugue">
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


HOME_EXAMPLES = 4


def home_examples(data: SiteData) -> str:
    """Under the home page's search box, situations as one would type them, each a search: the first
    of the situations vocabulary (its editors choose them by their order)."""
    vocabulary = data.corpus.vocabularies.get("situations")
    labels = [term.label for term in vocabulary.terms.values()][:HOME_EXAMPLES] if vocabulary else []
    if not labels:
        return ""
    links = " · ".join(f'<a href="recherche/index.html?q={esc(quote(label))}">{esc(label[:1].lower() + label[1:])}</a>'
                       for label in labels)
    return f'<p class="relier-exemples">Par exemple : {links}</p>\n'


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
