"""How well the personal-data check does on a set of judged cases: recall on what must be caught,
false alarms on what must not, per kind (scripts/privacy_quality.py prints it; tests hold it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .privacy import find_personal_data


@dataclass
class KindScore:
    kind: str
    flagged: int = 0       # cases that must be caught
    caught: int = 0
    clean: int = 0         # cases that must raise nothing
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)


@dataclass
class Score:
    kinds: dict[str, KindScore]

    @property
    def recall(self) -> float:
        flagged = sum(k.flagged for k in self.kinds.values())
        return sum(k.caught for k in self.kinds.values()) / flagged if flagged else 1.0

    @property
    def false_alarm_rate(self) -> float:
        clean = sum(k.clean for k in self.kinds.values())
        return sum(k.false_alarms for k in self.kinds.values()) / clean if clean else 0.0


def score(flag: Iterable[tuple[str, str, str]], clean: Iterable[tuple[str, str]]) -> Score:
    """`flag`: (kind, expected code, text); `clean`: (kind, text)."""
    kinds: dict[str, KindScore] = {}
    for kind, code, text in flag:
        entry = kinds.setdefault(kind, KindScore(kind))
        entry.flagged += 1
        if code in {finding.code for finding in find_personal_data(text)}:
            entry.caught += 1
        else:
            entry.misses.append(text)
    for kind, text in clean:
        entry = kinds.setdefault(kind, KindScore(kind))
        entry.clean += 1
        if find_personal_data(text):
            entry.false_alarms += 1
            entry.alarms.append(text)
    return Score(kinds)
