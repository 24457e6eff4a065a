"""Excerpts with the matched words marked, engine-independent and cheap: the text is accent-folded
with a one-to-one character table (offsets stay valid) and searched for the query's stems."""

from __future__ import annotations

import re

_FOLD = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ",
                      "aaaaaaceeeeiiiinooooouuuuyyoeAAAAAACEEEEIIIINOOOOOUUUUYYOE")


def excerpt(text: str, stems: list[str], mark: tuple[str, str], width: int = 240) -> str:
    """The window of `text` with the most query words, those words marked; or its beginning."""
    text = re.sub(r"\s+", " ", text).strip()
    if not stems:
        return text[:width]
    folded = text.translate(_FOLD).lower()
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(set(stems), key=len, reverse=True)) + r")\w*")
    hits = [(m.start(), m.end()) for m in pattern.finditer(folded)]
    if not hits:
        return text[:width].rsplit(" ", 1)[0] + " …"
    best_start, best_count = hits[0][0], 0
    for index, (start, _) in enumerate(hits):
        count = sum(1 for other, _ in hits[index:] if other < start + width)
        if count > best_count:
            best_start, best_count = start, count
    begin = max(0, text.rfind(" ", 0, max(0, best_start - 60)) + 1)
    end = min(len(text), begin + width)
    end = text.find(" ", end) if text.find(" ", end) != -1 else len(text)
    out, cursor = [], begin
    for start, stop in hits:
        if start < begin or stop > end:
            continue
        out.append(text[cursor:start] + mark[0] + text[start:stop] + mark[1])
        cursor = stop
    out.append(text[cursor:end])
    return ("… " if begin > 0 else "") + "".join(out) + (" …" if end < len(text) else "")
