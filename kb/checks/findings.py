"""What the personal-data detectors report: a kind of data, where it is, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass

GENERAL_FIX = "retirez cette donnée ou décrivez la situation en termes généraux"


@dataclass(frozen=True)
class Finding:
    code: str
    start: int
    end: int
    what: str  # the French name of what was found
    fix: str = GENERAL_FIX  # the French fix, after « Une fiche est publique : »
