"""Write one document in one format: PDF (WeasyPrint), DOCX and ODT (pandoc, with our reference
documents for styles), HTML (self-contained: stylesheet inline, image embedded).

A document shows only the images the export made itself (the concept map): a red team (2026-12-07)
had pandoc embed /etc/passwd in a booklet from « ![carte](/etc/passwd) » in a sheet. Every other
image is replaced by its text before any writer sees it; WeasyPrint may then read nothing but
data: addresses and the export's own folder, and pandoc runs in its sandbox (it reads no file
but the reference document: our images are given to it inline)."""

from __future__ import annotations

import base64
import html
import re
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import KbError

STYLESHEET = "print.css"
REFERENCE = {"docx": "reference.docx", "odt": "reference.odt"}


def _resource(name: str) -> Path:
    return Path(str(resources.files("kb.export").joinpath(name)))


_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _own_images_only(body: str, names: set[str]) -> str:
    """`body` with every image that is not one of `names` (files the export made) replaced by its
    alternative text."""
    def keep_or_replace(match: re.Match[str]) -> str:
        src = _SRC.search(match.group())
        if src and next(g for g in src.groups() if g is not None) in names:
            return match.group()
        alt = _ALT.search(match.group())
        text = next((g for g in alt.groups() if g is not None), "") if alt else ""
        return f"<span>{html.escape(html.unescape(text))}</span>" if text else ""
    return _IMAGE.sub(keep_or_replace, body)


def page(title: str, body: str, assets: dict[str, bytes], inline: bool) -> str:
    """A complete HTML page; `inline` embeds the stylesheet and the images (self-contained).
    `title` is text (escaped here), `body` HTML built with every contributed value escaped."""
    css = _resource(STYLESHEET).read_text(encoding="utf-8")
    body = _own_images_only(body, set(assets))
    if inline:
        for name, data in assets.items():
            body = body.replace(f'src="{name}"', f'src="data:image/png;base64,{base64.b64encode(data).decode()}"')
    return (f'<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title, quote=True)}</title>'
            f"<style>{css}</style></head><body>{body}</body></html>\n")


def write_pdf(html: str, folder: Path, target: Path) -> None:
    import weasyprint  # imported here: loading Pango takes a moment, and only exports need it

    try:
        weasyprint.HTML(string=html, base_url=str(folder), url_fetcher=_fetcher(weasyprint, folder)).write_pdf(target)
    except RecursionError as exc:
        raise KbError(f"WeasyPrint n'a pas pu écrire {target.name} : une fiche du module imbrique trop de niveaux "
                      "(citations ou listes les unes dans les autres) ; réduisez-les à une dizaine") from exc
    except OSError as exc:
        raise KbError(f"WeasyPrint n'a pas pu écrire le PDF ({exc}) : les bibliothèques Pango sont-elles "
                      "installées (paquets libpango-1.0-0 et libpangoft2-1.0-0) ?") from exc


def _fetcher(weasyprint, folder: Path):
    """WeasyPrint's fetcher, held to data: addresses and the files of the export's own folder."""
    inside = folder.resolve()

    class Fetcher(weasyprint.urls.URLFetcher):
        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme == "file":
                path = Path(unquote(parts.path)).resolve()
                if path.parent != inside or not path.is_file():
                    raise ValueError(f"{url} : hors du dossier de l'export")
            elif parts.scheme != "data":
                raise ValueError(f"{url} : adresse refusée")
            return super().fetch(url, headers)

    return Fetcher(allowed_protocols={"data", "file"})


def write_office(html: str, target: Path, fmt: str) -> None:
    """`html` self-contained (page(…, inline=True)): pandoc, in its sandbox, reads no other file."""
    import pypandoc

    try:
        pypandoc.convert_text(
            html, fmt, format="html", outputfile=str(target),
            extra_args=["--sandbox", "--reference-doc", str(_resource(REFERENCE[fmt])), "--metadata", "lang=fr-FR"])
    except RecursionError as exc:
        raise KbError(f"pandoc n'a pas pu écrire {target.name} : une fiche du module imbrique trop de niveaux") from exc
    except (RuntimeError, OSError) as exc:
        raise KbError(f"pandoc n'a pas pu écrire {target.name} : {exc}") from exc
