"""Markdown tables as the personal-data check reads them: the header line of the table a row is in."""

from __future__ import annotations


def table_header(text: str, line: int, reach: int) -> tuple[int, int] | None:
    """The span of the first line of the Markdown table whose row starts at `line` (looking at most
    `reach` rows above), or None when that line is no table row."""
    if not text.startswith("|", line):
        return None
    start = line
    for _ in range(reach):
        above = text.rfind("\n", 0, max(start - 1, 0)) + 1
        if start == 0 or not text.startswith("|", above):
            break
        start = above
    end = text.find("\n", start)
    return start, end if end >= 0 else len(text)
