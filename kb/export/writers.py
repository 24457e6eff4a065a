"""Write one document in one format: PDF (WeasyPrint), DOCX and ODT (pandoc, with our reference
documents for styles), HTML (self-contained: stylesheet inline, image embedded)."""

from __future__ import annotations

import base64
import html
from importlib import resources
from pathlib import Path

from ..errors import KbError

STYLESHEET = "print.css"
REFERENCE = {"docx": "reference.docx", "odt": "reference.odt"}


def _resource(name: str) -> Path:
    return Path(str(resources.files("kb.export").joinpath(name)))


def page(title: str, body: str, assets: dict[str, bytes], inline: bool) -> str:
    """A complete HTML page; `inline` embeds the stylesheet and the images (self-contained).
    `title` is text (escaped here), `body` HTML built with every contributed value escaped."""
    css = _resource(STYLESHEET).read_text(encoding="utf-8")
    if inline:
        for name, data in assets.items():
            body = body.replace(f'src="{name}"', f'src="data:image/png;base64,{base64.b64encode(data).decode()}"')
    return (f'<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title, quote=True)}</title>'
            f"<style>{css}</style></head><body>{body}</body></html>\n")


def write_pdf(html: str, folder: Path, target: Path) -> None:
    import weasyprint  # imported here: loading Pango takes a moment, and only exports need it

    try:
        weasyprint.HTML(string=html, base_url=str(folder)).write_pdf(target)
    except OSError as exc:
        raise KbError(f"WeasyPrint n'a pas pu écrire le PDF ({exc}) : les bibliothèques Pango sont-elles "
                      "installées (paquets libpango-1.0-0 et libpangoft2-1.0-0) ?") from exc


def write_office(html: str, folder: Path, target: Path, fmt: str) -> None:
    import pypandoc

    try:
        pypandoc.convert_text(
            html, fmt, format="html", outputfile=str(target),
            extra_args=["--reference-doc", str(_resource(REFERENCE[fmt])), "--resource-path", str(folder),
                        "--metadata", "lang=fr-FR"])
    except (RuntimeError, OSError) as exc:
        raise KbError(f"pandoc n'a pas pu écrire {target.name} : {exc}") from exc
