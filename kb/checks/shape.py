"""The shape of a sheet's Markdown, where it would break the page or the build:
- an HTML block (« <div> », « <details> », « <h2> ») opened where a block starts and never closed:
  Markdown then leaves everything after it as raw text (titles shown as « ## Titre ») ;
- HTML elements nested deeper than anyone writes (the publishing engine fails on a thousand:
  RecursionError, fuzzing 2026-12-08) ;
- a paragraph with hundreds of links, or hundreds of « < » never closed: Python-Markdown reads each
  paragraph in a time that grows with the square of them (4 000 links in a paragraph: 29 s, the
  256 KB a sheet may hold: many minutes); thousands of links or of Markdown marks in a sheet ;
- a link or an image pointing to a file of the repository that does not exist (the build stopped
  on an English message naming the generated page)."""

from __future__ import annotations

import bisect
import functools
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import unquote

import re2
from markdown import Markdown

from ..diagnostics import Diagnostic, error
from ..sanitise import MAX_SPAN  # (the widest cell the site and the exports keep)
from ..text import did_you_mean
from .hand_pages import GENERATED_FOLDERS
from .unsafe import LINK_TEXT, MAX_NESTING

CODE = "mise-en-forme"
LINK_CODE = "lien-introuvable"
MAX_LINKS_PER_PARAGRAPH = 200  # 200 links in one paragraph: 0.1 s; a bibliography is a list, one item each
MAX_OPEN_CHEVRONS = 200
MAX_LINKS = 1000
MAX_MARKS = 10_000  # the biggest sheet of the base has a few hundred
# table cells (« | » and « <td> »): the PDF export lays out a cell in about 4 ms, and a sheet is printed in
# two documents of each module that lists it (1 000 × 118 cells took a build four minutes and 2 GB; the
# base's largest table has a few dozen cells)
MAX_TABLE_CELLS = 2_000
_SPAN = re.compile(r"(?i)\b(?:col|row)span\s*=\s*[\"']?\s*(\d+)")
_MARKS = ("*", "_", "[", "]", "\\", "`")

# what Python-Markdown reads as the start of a raw HTML block when a block begins with it (headings,
# « <center> », « <li> », « <video> »… too: its own list)
BLOCK_TAGS = frozenset(Markdown().block_level_elements) - {"hr"}
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())

_TICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")
# a block whose indented blocks below are its own (a list item, an admonition), not code
_CONTAINER = re.compile(r"[ ]{0,3}(?:[-*+][ \t]|\d+[.)][ \t]|[!?]{3}\+?[ \t])")
_TAG = re2.compile(r"""<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[\s/](?:"[^"]*"|'[^']*'|[^<>"'])*)?)(>?)""")
# elements whose end tag HTML lets one leave out: a new one closes the one before (« <tr><td>a<td>b »)
IMPLIED_END = frozenset("li dt dd p tr td th thead tbody tfoot option".split())
_LINE = re.compile(r"[^\n]*\n?")
# a line that starts a new run of inline text: blank, a list item, a heading (a table without its header
# line is a paragraph, and so is a quote: both are counted whole)
_UNIT_START = re.compile(r"[ \t]*(?:$|\n|[-*+][ \t]|\d+[.)][ \t]|#)")
# a relative target of a Markdown link or image: « [texte](autre-fiche.md) », « ![…](../../images/a.png) »
_LINK = re2.compile(r"(!?)" + LINK_TEXT + r"\(\s*(?:<([^>\n]+)>|([^\s)>]+))")
_DEFINITION = re2.compile(r"(?m)^[ \t]{0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)")
_BRACKETS = re2.compile(r"\[([^\[\]]{1,500})\]")
# a link or an image written in HTML (« <a href="autre.md"> »): published as it is written
_RAW_LINK = re2.compile(r"""(?i)<(?:a\s[^<>]*?\bhref|img\s[^<>]*?\bsrc)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>]+))""")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# a link to a sheet as the repository shows it: « autre.md », « ./autre.md », « ../practices/autre.md »
SHEET_LINK = re.compile(r"^(?:\./|\.\./practices/)?([a-z0-9][a-z0-9-]*)\.md(#[^\s]*)?$")
# a sheet's published page, once a link is resolved from its page's folder (« ../autre/index.md », « ../autre/ »)
_SHEET_PAGE = re.compile(r"^fiches/([a-z0-9][a-z0-9-]*)/(?:index\.md)?$")


@functools.lru_cache(maxsize=4)
def without_code(text: str) -> str:
    """`text` with what Markdown shows as code blanked, same offsets and lines: indented code blocks,
    and code spans (« `<div>` », « ``[x](y.md)`` »), which may run over the lines of a paragraph."""
    if "`" not in text and "    " not in text and "\t" not in text:
        return text
    spans = list(_code_blocks(text))
    masked = _blank(text, spans)
    if "`" in masked:
        masked = _blank(masked, list(_code_spans(masked)))
    return masked


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in spans:
        pieces += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
        last = end
    return "".join(pieces) + text[last:]


def _code_blocks(text: str) -> Iterator[tuple[int, int]]:
    """The lines of indented code blocks: a block (after a blank line) indented by four spaces, or by
    eight under a list item or an admonition, whose indented blocks are their own paragraphs."""
    container, block_start, code = False, True, False
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        if not line.strip():
            block_start = True
            continue
        if block_start:
            expanded = line.expandtabs(4)
            indent = len(expanded) - len(expanded.lstrip(" "))
            code = indent >= (8 if container else 4)
            if indent < 4:
                container = bool(_CONTAINER.match(line))
            block_start = False
        if code:
            yield match.start(), match.end()


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """Code spans as Python-Markdown reads them: a run of backticks closed by the next run of the same
    length in the same paragraph (in linear time: a sheet may hold thousands of backticks)."""
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(text)]
    if len(runs) < 2:
        return
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    index = 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        after = bisect.bisect_right(same, index)
        if after < len(same) and not (start and text[start - 1] == "\\"):
            close = same[after]
            paragraph_end = bisect.bisect_right(breaks, start)
            if paragraph_end == len(breaks) or breaks[paragraph_end] > runs[close][0]:
                yield start, runs[close][1]
                index = close + 1
                continue
        index += 1


def find_shape_problems(text: str) -> Iterator[tuple[int, str]]:
    """(offset, what is wrong and how to mend it) for the Markdown `text`."""
    marks = sum(map(text.count, _MARKS))
    if marks > MAX_MARKS:  # « *[ » × 120 000 took 87 s to publish (Python-Markdown, then Pagefind)
        yield 0, (f"{marks} caractères de mise en forme Markdown (* _ [ ] \\ `) : au-delà de {MAX_MARKS}, la mise en "
                  "page de la fiche prendrait des minutes ; une fiche ordinaire en compte quelques centaines")
    cells = text.count("|") + len(re.findall(r"(?i)<t[dh]\b", text))
    if cells > MAX_TABLE_CELLS:
        yield text.index("|") if "|" in text else 0, (
            f"{cells} cases de tableau dans la fiche (au plus {MAX_TABLE_CELLS}) : la fiche ne serait plus imprimable "
            "dans les documents des modules ; gardez l'essentiel du tableau, ou joignez-le en annexe")
    if "span" in text:
        for span in _SPAN.finditer(text):
            if len(span.group(1)) > 4 or int(span.group(1)) > MAX_SPAN:  # (int() refuses 5 000 digits)
                yield span.start(), (f"une case de tableau s'étend sur {span.group(1)[:12]} colonnes ou lignes (au plus "
                                     f"{MAX_SPAN}) : écrivez le nombre de colonnes ou de lignes qu'elle couvre vraiment")
                break
    links = text.count("](")
    if links > MAX_LINKS:
        yield text.index("]("), (f"{links} liens dans la fiche (au plus {MAX_LINKS}) : gardez les plus utiles, "
                                 "ou découpez la fiche")
    if "<" in text:
        yield from _html_problems(text, without_code(text))
    if text.count("](") > MAX_LINKS_PER_PARAGRAPH:
        for offset, links in _links_per_paragraph(text):
            if links > MAX_LINKS_PER_PARAGRAPH:
                yield offset, (f"{links} liens dans un même paragraphe (au plus {MAX_LINKS_PER_PARAGRAPH}) : mettez-les en "
                               "liste, un par ligne, ou séparez les paragraphes par une ligne vide")
                break


def _links_per_paragraph(text: str) -> Iterator[tuple[int, int]]:
    """(offset, links) for each run of text Markdown reads as one: a paragraph, a list item, a table row."""
    start, links = 0, 0
    for line in _LINE.finditer(text):
        if _UNIT_START.match(line.group()):
            if links:
                yield start, links
            start, links = line.start(), 0
        links += line.group().count("](")
    if links:
        yield start, links


def _html_problems(text: str, masked: str) -> Iterator[tuple[int, str]]:
    """Tags are opened outside code (`masked`), closed anywhere: an HTML block is raw text to its end
    tag, so a « `</div>` » closes it."""
    if "<!--" in masked:  # a comment's tags are no tags (« <!-- </div> --> » closes nothing)
        comments = [m.span() for m in _COMMENT.finditer(masked)]
        text, masked = _blank(text, comments), _blank(masked, comments)
    open_tags: list[tuple[str, int]] = []  # (name, offset)
    unclosed_chevrons: list[int] = []
    opened: dict[str, int] = {}
    closed: dict[str, int] = {}
    block_starts: dict[str, int] = {}  # the first offset where a block opens with each tag
    too_deep = False
    for match in _TAG.finditer(text):
        closing, name, ends = match.group(1), match.group(2).lower(), match.group(4)
        after = text[match.end(2):match.end(2) + 1]
        if after and after not in " \t\n/>":
            continue  # « <https://…> », « <nom@exemple.org> »: an address, not a tag
        if masked[match.start()] != "<" and not (closing and ends):
            continue  # shown as code
        if not ends:
            unclosed_chevrons.append(match.start())
            continue
        if name in VOID_TAGS or match.group(3).rstrip().endswith("/"):
            continue
        if closing:
            closed[name] = closed.get(name, 0) + 1
            for index in range(len(open_tags) - 1, -1, -1):
                if open_tags[index][0] == name:
                    del open_tags[index:]
                    break
            continue
        opened[name] = opened.get(name, 0) + 1
        if name in BLOCK_TAGS and name not in block_starts and "markdown" not in match.group(3).lower() \
                and _starts_a_block(text, match.start()):  # (« <div markdown="1"> »: md_in_html closes it itself)
            block_starts[name] = match.start()
        if name in IMPLIED_END:
            _close_implied(open_tags, name)
        open_tags.append((name, match.start()))
        if len(open_tags) > MAX_NESTING and not too_deep:
            too_deep = True
            yield match.start(), (f"des balises HTML imbriquées sur plus de {MAX_NESTING} niveaux : retirez des niveaux "
                                  "(le Markdown suffit pour les titres, les listes et les encadrés)")
    if len(unclosed_chevrons) > MAX_OPEN_CHEVRONS:
        yield unclosed_chevrons[0], (f"{len(unclosed_chevrons)} chevrons « < » suivis d'une lettre et jamais refermés par "
                                     "« > » : écrivez « &lt; » ou mettez un espace après « < »")
    unclosed = sorted((offset, name) for name, offset in block_starts.items() if closed.get(name, 0) < opened[name])
    if unclosed:
        offset, name = unclosed[0]
        yield offset, (f"la balise <{name}> n'est jamais refermée : tout ce qui la suit s'afficherait en texte brut, "
                       f"sans mise en forme ; ajoutez </{name}> à la fin du bloc, sur une ligne à part")


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def _starts_a_block(text: str, offset: int) -> bool:
    """The tag opens a Markdown block: at the start of the text or after a blank line, indented by fewer
    than four spaces (no-break spaces count as spaces)."""
    line_start = text.rfind("\n", 0, offset) + 1
    lead = text[line_start:offset]
    if lead.strip(" \t\u00a0\u202f") or len(lead.expandtabs(4)) >= 4:
        return False
    if not text[:line_start].strip():
        return True
    previous = text[:max(0, line_start - 1)].rsplit("\n", 1)[-1]  # the line above: blank, or a heading
    return not previous.strip(" \t\u00a0") or previous.lstrip().startswith("#")


def _close_implied(open_tags: list[tuple[str, int]], name: str) -> None:
    """A new « <td> » or « <li> » ends the one still open, and what it holds of the same kind."""
    for index in range(len(open_tags) - 1, -1, -1):
        if open_tags[index][0] not in IMPLIED_END:
            return
        if open_tags[index][0] == name:
            del open_tags[index:]
            return


@functools.lru_cache(maxsize=4)
def links_in(text: str) -> tuple[tuple[int, str, bool, bool], ...]:
    """(offset, target, is an image, is written in HTML) of every link, image and used link definition of
    `text` outside code (read once for a sheet's outline and for its files' check)."""
    if "](" not in text and "]:" not in text and "<" not in text:
        return ()
    text = without_code(text)
    found = [(m.start(2), m.group(2), bool(m.group(1)), False) if m.group(2) is not None
             else (m.start(3), m.group(3), bool(m.group(1)), False) for m in _LINK.finditer(text)
             if not (m.start() and text[m.start() - 1] == "\\")]  # « \[x](y.md) » is text, not a link
    if "]:" in text:  # a definition no link uses is published nowhere
        definitions = list(_DEFINITION.finditer(text))
        if definitions:
            starts = {m.start(1) for m in definitions}
            used = {_label(m.group(1)) for m in _BRACKETS.finditer(text) if m.start(1) not in starts}
            found += [(m.start(2), m.group(2), False, False) for m in definitions if _label(m.group(1)) in used]
    if "<" in text:
        for m in _RAW_LINK.finditer(text):
            group = next(index for index in (1, 2, 3) if m.group(index) is not None)
            if m.group(group):
                found.append((m.start(group), m.group(group), m.group().lower().startswith("<img"), True))
    return tuple(sorted(found))


def _label(label: str) -> str:
    return " ".join(label.split()).lower()


def _path(target: str) -> str | None:
    """The file path a relative link names, None for another site, an anchor or the site's root."""
    if _SCHEME.match(target) or target.startswith(("#", "/", "?")):
        return None
    return unquote(target.split("#")[0].split("?")[0])


def linked_sheet(target: str) -> str | None:
    """« autre-fiche » for a link to another sheet written as the repository shows it (« autre-fiche.md »)."""
    path = _path(target)
    match = SHEET_LINK.match(path) if path else None
    return match.group(1) if match else None


def missing_file(target: str, page_dir: str, docs: Path, image: bool, raw: bool = False) -> str | None:
    """What is wrong with a link or image of a page whose Markdown is published in `page_dir` of the
    site (« fiches/<id> ») to a file of the site that does not exist in docs/; None when it exists,
    names a folder, a page the build makes, a sheet or another site."""
    if target.startswith("/") and not target.startswith("//"):  # the root of the server, not of the site
        return (f"l'adresse « {target} » part de la racine du serveur : le site peut être publié ailleurs (un "
                "sous-dossier, une clé USB) ; écrivez un chemin relatif, par exemple ../../images/nom.png")
    path = _path(target)
    if not path:
        return None
    name = posixpath.basename(path.rstrip("/"))
    if "." not in name or path.endswith("/"):
        return None  # a folder (« ../autre/ »): a page of the site, not a file
    if raw and name.lower().endswith(".md"):  # MkDocs turns « x.md » into a page's address in Markdown links only
        return (f"le lien HTML « {target} » mènerait à une page introuvable : écrivez-le en Markdown, "
                "[texte](adresse.md), ou donnez l'adresse de la page publiée (« ../../carte/ »)")
    resolved = posixpath.normpath(posixpath.join(page_dir, path))
    inside = not resolved.startswith("../") and resolved != ".."
    if inside and _is_file(docs / resolved):
        return None
    if inside and resolved.endswith("/index.md") and _built_page(resolved, docs):
        return None  # a page the build makes (« ../../carte/index.md »; a sheet's: see sheet_page)
    if inside and resolved.startswith("images/"):
        return (f"{'l' + chr(39) + 'image' if image else 'le fichier'} « {target} » est introuvable : ajoutez le fichier "
                f"docs/{resolved} au dépôt (même nom, mêmes majuscules et minuscules) ou corrigez le lien")
    if image:
        return (f"l'image « {target} » est introuvable (elle serait docs/{resolved}) : placez-la dans docs/images/ "
                f"et écrivez ![description](../../images/{name})")
    if page_dir.startswith(("fiches/", "annexes/")):
        return (f"le fichier « {target} » est introuvable (il serait docs/{resolved}) : corrigez le lien ; un document à "
                "joindre à la fiche se place dans annexes/ et se déclare dans l'en-tête (clé annexes, voir le guide)")
    return f"le fichier « {target} » est introuvable (il serait docs/{resolved}) : corrigez le lien"


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name too long for the file system (« ![x](aaaa…300 × a….png) »): no such file
        return False


def _built_page(resolved: str, docs: Path) -> bool:
    """`resolved` (« carte/index.md », « modules/x/index.md ») is a page kb build makes: in one of the
    folders it writes, and, for a module's or an annex's page, of a module or an annex that exists."""
    parts = resolved.split("/")
    if parts[0] not in GENERATED_FOLDERS or parts[0] in ("admin", "pagefind", "donnees"):  # (no pages of MkDocs)
        return False
    if len(parts) == 3 and parts[0] == "modules":
        return _is_file(docs.parent / "modules" / f"{parts[1]}.yml")
    if len(parts) == 3 and parts[0] == "annexes":
        return _is_file(docs.parent / "annexes" / f"{parts[1]}.md")
    return True


def sheet_page(target: str, page_dir: str) -> str | None:
    """« autre » for a link to the published page of the sheet `autre` (« ../autre/index.md », « ../autre/ »
    from a sheet's page), which must exist as much as a link written « autre.md »."""
    path = _path(target)
    if not path:
        return None
    resolved = posixpath.normpath(posixpath.join(page_dir, path)) + ("/" if path.endswith("/") else "")
    match = _SHEET_PAGE.match(resolved)
    return match.group(1) if match else None


def missing_sheet(target: str, stem: str, sheet_ids: set[str]) -> str:
    return (f"le lien « {target} » renvoie à une fiche qui n'existe pas (practices/{stem}.md)"
            f"{did_you_mean(stem, sheet_ids)} : pour renvoyer à une autre fiche, écrivez le nom de son fichier, "
            "par exemple [la visite à domicile](visite-a-domicile.md)")


def check_shape(rel_path: str, parts: Iterable[tuple[str, int]]) -> Iterator[Diagnostic]:
    """Shape problems of Markdown `parts` ((text, line of its first line))."""
    for text, first_line in parts:
        for offset, what in find_shape_problems(text):
            yield error(rel_path, _position(text, offset, first_line), CODE, what)


def check_linked_files(rel_path: str, text: str, first_line: int, page_dir: str, docs: Path,
                       sheet_ids: Callable[[], set[str]] | None = None) -> Iterator[Diagnostic]:
    """Links and images of Markdown published in `page_dir` (« fiches/<id> », « annexes/<nom> », a hand
    page's folder) to files of docs/ that do not exist; to sheets that do not exist, when `sheet_ids` is
    given (it lists them, asked only for a text that links to a sheet; a sheet's own links are checked with
    the whole base's: sheet_links)."""
    sheets_written = page_dir.startswith(("fiches/", "annexes/"))  # « autre.md » is a sheet there (links_to_pages)
    for offset, target, image, raw in links_in(text):
        stem = (linked_sheet(target) if sheets_written else None) or sheet_page(target, page_dir)
        if stem is not None:
            if sheet_ids is not None and stem not in (ids := sheet_ids()):
                yield error(rel_path, _position(text, offset, first_line), LINK_CODE, missing_sheet(target, stem, ids))
            continue
        problem = missing_file(target, page_dir, docs, image, raw)
        if problem:
            yield error(rel_path, _position(text, offset, first_line), LINK_CODE, problem)


def sheet_links(text: str, first_line: int, sheet_id: str) -> tuple[tuple[str, str, int, int], ...]:
    """(sheet, target, line, column) of the links of `text` to other sheets, for the corpus-wide check."""
    found = []
    for offset, target, _, _ in links_in(text):
        stem = linked_sheet(target) or sheet_page(target, f"fiches/{sheet_id}")
        if stem:
            found.append((stem, target, *_position(text, offset, first_line)))
    return tuple(found)


def _position(text: str, offset: int, first_line: int) -> tuple[int, int]:
    return first_line + text.count("\n", 0, offset), offset - (text.rfind("\n", 0, offset) + 1) + 1
