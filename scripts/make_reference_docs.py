"""Write kb/export/reference.docx and reference.odt: pandoc's own reference documents with the
styles Relier wants (French language for spelling and hyphenation, a sans-serif body font at
11 pt, headings in Relier's blue). Run again after upgrading pypandoc-binary.

    .venv/bin/python scripts/make_reference_docs.py
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pypandoc

OUT = Path(__file__).resolve().parent.parent / "kb" / "export"
BLUE = "1F5F8B"


def default(name: str) -> bytes:
    return subprocess.run([pypandoc.get_pandoc_path(), "--print-default-data-file", name],
                          check=True, capture_output=True).stdout


def rewrite(data: bytes, member: str, edit) -> bytes:
    """A copy of the zip `data` where `member` is passed through `edit` (mimetype first, stored)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == member:
                content = edit(content.decode("utf-8")).encode("utf-8")
            compression = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(info, content, compress_type=compression)
    return buffer.getvalue()


def docx_styles(xml: str) -> str:
    xml = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^>]*/>',
                 '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial" />', xml, count=1)
    xml = xml.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />', '<w:sz w:val="22" />\n        <w:szCs w:val="22" />', 1)
    xml = re.sub(r'<w:lang w:val="en-US"', '<w:lang w:val="fr-FR"', xml, count=1)
    xml = re.sub(r'<w:color w:val="0F4761"[^>]*/>', f'<w:color w:val="{BLUE}" />', xml)
    return xml


def odt_styles(xml: str) -> str:
    xml = xml.replace('fo:language="en"', 'fo:language="fr"').replace('fo:country="US"', 'fo:country="FR"')
    return xml.replace('style:font-name="Times New Roman"', 'style:font-name="Arial"')


if __name__ == "__main__":
    (OUT / "reference.docx").write_bytes(rewrite(default("reference.docx"), "word/styles.xml", docx_styles))
    (OUT / "reference.odt").write_bytes(rewrite(default("reference.odt"), "styles.xml", odt_styles))
    print("écrit :", OUT / "reference.docx", OUT / "reference.odt")
