"""The timed plan of a module: when each sequence starts and ends, day by day."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Module, Sequence


@dataclass(frozen=True)
class Slot:
    day: int
    start: int  # minutes since midnight
    end: int
    sequence: Sequence
    index: int  # the sequence's position in the module
    late: bool = False  # its fixed start time was already past

    @property
    def start_text(self) -> str:
        return clock(self.start)

    @property
    def end_text(self) -> str:
        return clock(self.end)


def clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def minutes_of(text: str) -> int:
    hours, _, minutes = text.partition(":")
    return int(hours) * 60 + int(minutes)


def schedule(module: Module) -> list[Slot]:
    """Each day starts at the module's start time; `jour: N` opens a new day and `debut: HH:MM`
    fixes a start time (after lunch, which is not a sequence)."""
    slots = []
    day, now = 1, minutes_of(module.day_start)
    for index, sequence in enumerate(module.sequences):
        if sequence.day is not None and sequence.day > day:
            day, now = sequence.day, minutes_of(module.day_start)
        late = False
        if sequence.start is not None:
            fixed = minutes_of(sequence.start)
            late = fixed < now
            now = max(now, fixed)
        slots.append(Slot(day, now, now + sequence.minutes, sequence, index, late))
        now += sequence.minutes
    return slots


def days(slots: list[Slot]) -> int:
    return max((slot.day for slot in slots), default=1)
